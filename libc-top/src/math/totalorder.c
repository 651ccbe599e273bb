#include "libm.h"

/* C23 F.10.12.1, the totalOrder of IEC 60559: -NaN < -inf < ... < -0 <
   +0 < ... < +inf < +NaN, NaNs of one sign ordered by their encoding
   (signaling before quiet, then by payload). With the magnitude bits
   flipped for negative values, that is the order of the encodings as
   two's-complement integers, compared here as unsigned ones with the
   sign bit flipped. */
int totalorder(const double *x, const double *y)
{
	uint64_t a = asuint64(*x), b = asuint64(*y);
	uint64_t top = (uint64_t)1 << 63;
	a ^= a & top ? top - 1 : 0;
	b ^= b & top ? top - 1 : 0;
	return (a ^ top) <= (b ^ top);
}
