#include "fmt.h"

/* long double is IEEE 754 binary128 on wasm32: sign, 15-bit biased
   exponent, 112-bit fraction. Taking it apart needs no 128-bit
   arithmetic, so printing long double costs a program only this
   function and a larger scratch. */
int __fmt_ldouble(FILE *f, long double x, int width, int prec, unsigned flags, int conv)
{
	uint32_t scratch[FMT_LDBL_SCRATCH];
	uint64_t w[2];
	struct fp_value v;

	_Static_assert(sizeof x == 16 && __LDBL_MANT_DIG__ == 113, "long double is binary128");
	memcpy(w, &x, sizeof w);
	v.neg = w[1] >> 63;
	v.bexp = w[1] >> 48 & 0x7fff;
	v.hi = w[1] & ((1ULL << 48) - 1);
	v.lo = w[0];
	v.frac_bits = 112;
	v.emax = 0x7fff;
	v.scratch_limbs = FMT_LDBL_LIMBS;
	return __fmt_fp(f, &v, scratch, width, prec, flags, conv);
}
