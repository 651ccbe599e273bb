#include "fmt.h"

/* IEEE 754 binary64: sign, 11-bit biased exponent, 52-bit fraction. */
int __fmt_double(FILE *f, double x, int width, int prec, unsigned flags, int conv)
{
	uint32_t scratch[FMT_DBL_SCRATCH];
	uint64_t b;
	struct fp_value v;

	memcpy(&b, &x, sizeof b);
	v.neg = b >> 63;
	v.bexp = b >> 52 & 0x7ff;
	v.hi = 0;
	v.lo = b & ((1ULL << 52) - 1);
	v.frac_bits = 52;
	v.emax = 0x7ff;
	v.scratch_limbs = FMT_DBL_LIMBS;
	return __fmt_fp(f, &v, scratch, width, prec, flags, conv);
}
