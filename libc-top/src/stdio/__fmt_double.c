#include "fmt.h"

/* Takes an IEEE 754 binary64 apart (sign, 11-bit biased exponent, 52-bit
   fraction) and formats it. */
int __fmt_double(FILE *f, double x, int width, int prec, unsigned flags, int conv)
{
	uint32_t scratch[FMT_DBL_LIMBS];
	struct fp_value v;
	uint64_t bits;
	int e;

	memcpy(&bits, &x, sizeof bits);
	v.neg = bits >> 63;
	e = (bits >> 52) & 0x7ff;
	v.hi = 0;
	v.lo = bits & ((1ULL << 52) - 1);
	v.frac_bits = 52;
	if (e == 0x7ff) {
		v.kind = v.lo ? FPV_NAN : FPV_INF;
	} else if (e) {
		v.kind = FPV_FINITE;
		v.lo |= 1ULL << 52;
		v.e2 = e - 1075;
	} else {
		v.kind = v.lo ? FPV_FINITE : FPV_ZERO;
		v.e2 = -1074;
	}
	return __fmt_fp(f, &v, scratch, width, prec, flags, conv);
}
