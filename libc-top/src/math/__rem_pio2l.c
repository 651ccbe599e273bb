#include "libm_ldfun.h"

/* pi/2 in three pieces: 73 and 70 bits (so that k * piece is exact for
   |k| < 2^40) and a full tail; and pi/2 as a head and tail. */
#define P1 0x1.921fb54442d184698a0000000000p+0L
#define P2 -0x1.cceba3f91f1976b7ec0000000000p-74L
#define P3 -0x1.8fbbacc19c5fefa20ace276326edp-146L
#define PIO2L_HI 0x1.921fb54442d18469898cc51701b8p+0L
#define PIO2L_LO 0x1.cd129024e088a67cc74020bbea64p-115L
#define INV_PIO2 0x1.45f306dc9c882a53f84eafa3ea6ap-1L

int __rem_pio2l(long double x, long double *hi, long double *lo)
{
	long double a = fabsl(x);
	if (a < 0x1p40L) {
		long double k = ld_round_int(x * INV_PIO2, 4);
		long double r = x - k * P1;
		long double w = k * P2;
		long double s = r - w;
		long double bb = s - r;
		long double err = (r - (s - bb)) + (-w - bb);
		*hi = s;
		*lo = err - k * P3;
		long double t = *hi + *lo;
		*lo -= t - *hi;
		*hi = t;
		return (int)((int64_t)k & 3);
	}
	int e, neg;
	u128 m = ld_unpack(asu128(x), &e);
	uint64_t f[3];
	int n = __rem_pio2_bits(m, e, f, &neg);
	/* The fraction as a 192-bit integer, normalised, then in two pieces. */
	int zt = 0;
	if (f[2] == 0) {
		f[2] = f[1];
		f[1] = f[0];
		f[0] = 0;
		zt = 64;
	}
	int z = __builtin_clzll(f[2]);
	if (z) {
		f[2] = f[2] << z | f[1] >> (64 - z);
		f[1] = f[1] << z | f[0] >> (64 - z);
		f[0] <<= z;
	}
	zt += z;
	u128 top = (u128)f[2] << 64 | f[1];
	long double fh = (long double)(top >> 15) * scalbnl(1.0L, -113 - zt);
	long double fl = (long double)((top & 0x7fff) << 64 | f[0]) * scalbnl(1.0L, -192 - zt);
	long double rh = fh * PIO2L_HI;
	long double rl = fmal(fh, PIO2L_HI, -rh) + fh * PIO2L_LO + fl * PIO2L_HI;
	if (neg ^ (int)(asu128(x) >> 127)) {
		rh = -rh;
		rl = -rl;
	}
	*hi = rh + rl;
	*lo = rl - (*hi - rh);
	if (asu128(x) >> 127)
		n = -n;
	return n & 3;
}
