#include "fmt.h"

/* long double is IEEE 754 binary128 on wasm32: sign, 15-bit biased
   exponent, 112-bit fraction. Taking it apart needs no 128-bit arithmetic,
   so printing long double costs a program only this function. */
int __fmt_ldouble(FILE *f, long double x, int width, int prec, unsigned flags, int conv)
{
	uint32_t scratch[FMT_LDBL_LIMBS];
	struct fp_value v;
	uint64_t w[2];
	int e;

	_Static_assert(sizeof x == 16 && __LDBL_MANT_DIG__ == 113, "long double is binary128");
	memcpy(w, &x, sizeof w);
	v.neg = w[1] >> 63;
	e = (w[1] >> 48) & 0x7fff;
	v.hi = w[1] & ((1ULL << 48) - 1);
	v.lo = w[0];
	v.frac_bits = 112;
	if (e == 0x7fff) {
		v.kind = (v.hi | v.lo) ? FPV_NAN : FPV_INF;
	} else if (e) {
		v.kind = FPV_FINITE;
		v.hi |= 1ULL << 48;
		v.e2 = e - 16495;
	} else {
		v.kind = (v.hi | v.lo) ? FPV_FINITE : FPV_ZERO;
		v.e2 = -16494;
	}
	return __fmt_fp(f, &v, scratch, width, prec, flags, conv);
}
