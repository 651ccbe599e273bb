#include "libm.h"

extern const uint32_t __two_over_pi[524];

/* Payne and Hanek's reduction: for |x| = m 2^e with m < 2^113, only the
   bits of 2/pi from about 2^(-e) on matter modulo 4, so the product of m
   with a 320-bit window of them, in 32-bit limbs, gives the quadrant and
   a fraction known to 2^-174. The closest a double comes to a multiple of
   pi/2 is about 2^-61 (Muller, Elementary Functions, 11.3), a long double
   not much closer, so the fraction keeps at least 100 significant bits.
   Returns the quadrant and the fraction f - (f >= 1/2) as sign and
   192-bit magnitude w[2..0], most significant word first in w[2]. */
int __rem_pio2_bits(u128 m, int e, uint64_t w[3], int *neg)
{
	int j0 = e > 2 ? (e - 2) >> 5 : 0;
	uint32_t p[15] = { 0 };
	for (int a = 0; a < 4; a++) {
		uint32_t ma = (uint32_t)(m >> (32 * a));
		uint64_t carry = 0;
		for (int k = 0; k < 10; k++) {
			uint64_t t = (uint64_t)ma * __two_over_pi[j0 + 9 - k] + p[k + a] + carry;
			p[k + a] = (uint32_t)t;
			carry = t >> 32;
		}
		p[10 + a] = (uint32_t)carry;
	}
	int s = 32 * (j0 + 10) - e;
	uint64_t v[4];
	for (int i = 0; i < 4; i++) {
		int bit = s - 192 + 64 * i;
		int li = bit >> 5, sh = bit & 31;
		uint64_t lo = (uint64_t)p[li] | (uint64_t)p[li + 1] << 32;
		uint64_t hi = li + 2 < 15 ? p[li + 2] : 0;
		v[i] = sh ? lo >> sh | hi << (64 - sh) : lo;
	}
	int n = v[3] & 3;
	w[0] = v[0];
	w[1] = v[1];
	w[2] = v[2];
	*neg = w[2] >> 63;
	if (*neg) {
		w[0] = ~w[0] + 1;
		w[1] = ~w[1] + (w[0] == 0);
		w[2] = ~w[2] + (w[0] == 0 && w[1] == 0);
		n++;
	}
	return n;
}

static int rem_pio2_large(double x, dd *r)
{
	uint64_t ix = asuint64(x);
	int e = (int)(ix >> 52 & 0x7ff) - 1075;
	uint64_t m = (ix & 0x000fffffffffffff) | 0x0010000000000000;
	uint64_t w[3];
	int neg;
	int n = __rem_pio2_bits(m, e, w, &neg);
	uint64_t f2 = w[2], f1 = w[1], f0 = w[0];
	/* |f| >= 2^-62 keeps f2 or f1 nonzero; normalise the leading bit to
	   bit 191, then take two 53-bit pieces. */
	int zt = 0;
	if (f2 == 0) {
		f2 = f1;
		f1 = f0;
		f0 = 0;
		zt = 64;
	}
	int z = __builtin_clzll(f2);
	if (z) {
		f2 = f2 << z | f1 >> (64 - z);
		f1 = f1 << z | f0 >> (64 - z);
	}
	zt += z;
	double hi = (double)(f2 >> 11) * asdouble((uint64_t)(0x3ff - 53 - zt) << 52);
	double lo = (double)((f2 & 0x7ff) << 42 | f1 >> 22)
	          * asdouble((uint64_t)(0x3ff - 106 - zt) << 52);
	dd f = fast_two_sum(hi, lo);
	*r = dd_mul(f, (dd){ PIO2_HI, PIO2_LO });
	if (neg) {
		r->hi = -r->hi;
		r->lo = -r->lo;
	}
	if (ix >> 63) {
		r->hi = -r->hi;
		r->lo = -r->lo;
		n = -n;
	}
	return n & 3;
}

int __rem_pio2(double x, dd *r)
{
	if (!__builtin_isfinite(x)) {
		*r = (dd){ x - x, 0 };
		return 0;
	}
	return rem_pio2_large(x, r);
}
