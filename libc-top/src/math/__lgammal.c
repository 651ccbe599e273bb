#include "libm_ldfun.h"

#define HALF_LOG_2PI 0x1.d67f1c864beb4a69297920028832p-1L
#define LOG_PI 0x1.250d048e7a1bd0bd5f956c6a843fp+0L

/* B(2k) / (2k (2k - 1)), k = 1..20. */
static const long double stirling[20] = {
	0x1.5555555555555555555555555555p-4L,
	-0x1.6c16c16c16c16c16c16c16c16c17p-9L,
	0x1.a01a01a01a01a01a01a01a01a01ap-11L,
	-0x1.3813813813813813813813813814p-11L,
	0x1.b951e2b18ff23570ea73806e5479p-11L,
	-0x1.f6ab0d9993c7c81f6ab0d9993c7dp-10L,
	0x1.a41a41a41a41a41a41a41a41a41ap-8L,
	-0x1.e4286cb0f5397dc2064a8ed3175cp-6L,
	0x1.6fe96381e067ffa1876fe96381e0p-3L,
	-0x1.6476701181f39edbdb9ce625987dp+0L,
	0x1.ace44322ce005a74f53910c8b380p+3L,
	-0x1.39b2525cccc1aab67ee25d73c0f9p+7L,
	0x1.12234e81b4e81b4e81b4e81b4e82p+11L,
	-0x1.1a198ae1c4ab7eb3feddd8496920p+15L,
	0x1.51a2089a6e11a38433dc9fb888d4p+19L,
	-0x1.d1089b142d3577880c2d3577880cp+23L,
	0x1.6d29a0f6433b79890cede62433b8p+28L,
	-0x1.445119d9e466ed5d4c049ab892ecp+33L,
	0x1.43779bc9d4024e6a171024e6a171p+38L,
	-0x1.6800b7bc07a8c854486b02e295edp+43L,
};

/* lgamma(1 + t) = -gamma t + sum (-1)^k zeta(k) t^k / k and
   lgamma(2 + t) = (1 - gamma) t + sum (-1)^k (zeta(k) - 1) t^k / k,
   k = 2..63: coefficients of t^1 .. t^63. */
static const long double near1[63] = {
	-0x1.2788cfc6fb618f49a37c7f0202a6p-1L,
	0x1.a51a6625307d3230e7b122440176p-1L,
	-0x1.9a4d55beab2d6f59ec9725cd336bp-2L,
	0x1.151322ac7d84836bf2242232dca4p-2L,
	-0x1.a8b9c17aa614925d04d49fb5c332p-3L,
	0x1.5b40cb100c30614a79940f15695bp-3L,
	-0x1.2703a1dcea3ae58c1ff41e52b0e0p-3L,
	0x1.010b36af86396e8be59ca4ddb5a6p-3L,
	-0x1.c806706d57db455aaa01bf74fb64p-4L,
	0x1.9a01e385d5f8f3026831e6ed19adp-4L,
	-0x1.748c33114c6d60f52bb1204038fep-4L,
	0x1.556ad63243bc40577a1603eba074p-4L,
	-0x1.3b1d971fc5984c34f3f036d8406dp-4L,
	0x1.2496df8320c5f73d2d2b8102fa15p-4L,
	-0x1.11133476e7fe03b9349fe72ddc6ap-4L,
	0x1.00010064cdeb22f0f3a02ad5ffb8p-4L,
	-0x1.e1e2d311e8abc9cb57bbcc5aa52ap-5L,
	0x1.c71ce3a20b418905a7a0bf293e86p-5L,
	-0x1.af28a1b5688a05d1d07a217fbed2p-5L,
	0x1.9999b3352d5ba0a4a8da635f2b67p-5L,
	-0x1.86186db77bfbf5b7b7bc7d61ddf0p-5L,
	0x1.745d1d1778df9102b8fe0a898e77p-5L,
	-0x1.642c88591b66cbbe2eab8d40e804p-5L,
	0x1.555556aaafdcd552817f3813bd8cp-5L,
	-0x1.47ae151eb9fb7740e3535194f098p-5L,
	0x1.3b13b189d925e7d2b56a27e1831cp-5L,
	-0x1.2f684c00002bc41568ee979a8477p-5L,
	0x1.24924936db7bc7c98c70d3cb2f03p-5L,
	-0x1.1a7b961a7b9a987ba4b43b919118p-5L,
	0x1.111111155556cab60c76f4a0dc3cp-5L,
	-0x1.08421086318cdb892c9c0d45ce8cp-5L,
	0x1.00000001000026e3f644f4d51a98p-5L,
	-0x1.f07c1f08ba2ea4c6ecba40d98cb7p-6L,
	0x1.e1e1e1e25a5a627c8dd5407f3989p-6L,
	-0x1.d41d41d457c57ef9ff99e0f0f1cap-6L,
	0x1.c71c71c738e38f1362d55331854bp-6L,
	-0x1.bacf914c298375e5ff9f1cfca67ap-6L,
	0x1.af286bca21af2882c9f283f5d0dbp-6L,
	-0x1.a41a41a41d89d8a50220d0f68e25p-6L,
	0x1.999999999b333335a0b08824b215p-6L,
	-0x1.8f9c18f9c2576a2640be7b5b4a27p-6L,
	0x1.8618618618c30c3104d03c74b75ap-6L,
	-0x1.7d05f417d08ee23b9e57a291181fp-6L,
	0x1.745d1745d18ba2e8c1282ea77e94p-6L,
	-0x1.6c16c16c16cccccccf12c8eca1f1p-6L,
	0x1.642c8590b21bd37a700bb0cb4ea5p-6L,
	-0x1.5c9882b931082b9310950fe95ccfp-6L,
	0x1.555555555556aaaaaabedfdbb8f4p-6L,
	-0x1.4e5e0a72f0543eb1a1fc2644277ep-6L,
	0x1.47ae147ae1480000000227ce8e9cp-6L,
	-0x1.4141414141416969696a1dbda3bap-6L,
	0x1.3b13b13b13b14ec4ec4effe0751ep-6L,
	-0x1.3521cfb2b78c1cfb2b78d47cedd9p-6L,
	0x1.2f684bda12f6897b425ed6e6805cp-6L,
	-0x1.29e4129e4129e66666666876e115p-6L,
	0x1.24924924924925b6db6db788714ep-6L,
	-0x1.1f7047dc11f7050d79435e89806dp-6L,
	0x1.1a7b9611a7b961611a7b96243750p-6L,
	-0x1.15b1e5f75270d06822b63cc4ff53p-6L,
	0x1.111111111111112222222224207dp-6L,
	-0x1.0c9714fbcda3ac192e29f79beeadp-6L,
	0x1.0842108421084214a5294a52cb86p-6L,
	-0x1.0410410410410412492492493693p-6L,
};
static const long double near2[63] = {
	0x1.b0ee6072093ce16cb90701fbfab5p-2L,
	0x1.4a34cc4a60fa6461cf62448802ebp-2L,
	-0x1.13e001a5576068125d0741df7858p-4L,
	0x1.51322ac7d84836bf2242232dca47p-6L,
	-0x1.e404fc218f5f186d6760c385330ep-8L,
	0x1.7add6eadb6c2fd490fae70050172p-9L,
	-0x1.38ac5c2bf8e07ceb67c604c626f6p-10L,
	0x1.0b36af86396e8be59ca4ddb5a64dp-11L,
	-0x1.d3fd4c76d2fc7c70754606688fa5p-13L,
	0x1.a127b0f17d65a33a61354e004cf2p-14L,
	-0x1.78de5bd7c81eef2efd5f190dc2cdp-15L,
	0x1.580dcee66eb0224c0ae964b1ee44p-16L,
	-0x1.3cbc963ce2242856a464e0ab35d5p-17L,
	0x1.2597a39f34aab901bbae75609fd8p-18L,
	-0x1.11b2eb76795411c76b0e65ac639bp-19L,
	0x1.0064cdeb22f0f3a02ad5ffb78217p-20L,
	-0x1.e2600d93cfd2ebb3d4f1868fbe6bp-22L,
	0x1.c76bbb3f07a4d7668adddda6d48fp-23L,
	-0x1.af5a6cbbf8a97657c89fa5b60f88p-24L,
	0x1.99b93c2070b0f40c9c591cd909eap-25L,
	-0x1.862c734df3eac6cca00afb036818p-26L,
	0x1.7469daccfadccb258b1dcc5155dfp-27L,
	-0x1.6434a8447aead035ee5dbf0edf9ap-28L,
	0x1.555a877ffd2c29e2be683656f13bp-29L,
	-0x1.47b1679258d0e413cdb83a1538f4p-30L,
	0x1.3b15d2b2fc10bc50c1202229ae9ap-31L,
	-0x1.2f69a9fabe3df97a755322ce1db6p-32L,
	0x1.24932a337434c41820a7091423a3p-33L,
	-0x1.1a7c26ec2523c53d3af6d2812d29p-34L,
	0x1.11116e693ed978e3f2cad8600e57p-35L,
	-0x1.08424cbc543d8281df041b793d4bp-36L,
	0x1.000026e3f644f4d51a9815322258p-37L,
	-0x1.f07c514fc9f0a0badb5f2a2d6045p-39L,
	0x1.e1e2026aafcd7a755e9e6b1e780ap-40L,
	-0x1.d41d56e5ee2e1d78ed65b062543ep-41L,
	0x1.c71c7f6f10e36bfbe2e26cb30374p-42L,
	-0x1.bacf9a27bc89ad6b4bbd43f5ee38p-43L,
	0x1.af28718a10d6e281afe37085970ep-44L,
	-0x1.a41a45603e5b5a75058c37b49bf0p-45L,
	0x1.99999c0716ee8b187bc1bef29131p-46L,
	-0x1.8f9c1a8df9d77e625a92bb8e6dfap-47L,
	0x1.8618628d28904cc5056234aef19ep-48L,
	-0x1.7d05f4c31c5605c6ee82df30ce0bp-49L,
	0x1.745d17b56ba4a674e2f0035c28c7p-50L,
	-0x1.6c16c1b4d64566bb45cb97243d92p-51L,
	0x1.642c85c023d9c887eb79bca14271p-52L,
	-0x1.5c9882d825e9c9a37039036fd052p-53L,
	0x1.555555698a86639eb90c92ea148ap-54L,
	-0x1.4e5e0a8022bc8dae8c46ee149fd0p-55L,
	0x1.47ae14838081e882e7b3e6f672f6p-56L,
	-0x1.41414146e3e313c8ee7d4261693fp-57L,
	0x1.3b13b13ec2f3a0a0e2d83d68a5c6p-58L,
	-0x1.3521cfb5208594896c42a8f2ec41p-59L,
	0x1.2f684bdba6a9922daac30b4be8c9p-60L,
	-0x1.29e4129f49673b3843da7a1e5bb0p-61L,
	0x1.249249253f4cbbba2c3db2cd6133p-62L,
	-0x1.1f7047dc8348b6a6d988e3dba6d1p-63L,
	0x1.1a7b9611f1f7bb412d63f4093ef5p-64L,
	-0x1.15b1e5f78318f42ab70bfab5afbbp-65L,
	0x1.1111111130f6c22d1197c6ec5ef9p-66L,
	-0x1.0c9714fbe28e395f4d487f419244p-67L,
	0x1.084210842ec0622f5ebbc3136b7dp-68L,
	-0x1.041041041941447a81e0b496d6a9p-69L,
};

static long double series(const long double *c, long double t)
{
	long double p = 0;
	for (int k = 62; k >= 0; k--)
		p = c[k] + t * p;
	return t * p;
}

/* log Gamma(x) for x >= 40 by Stirling's series (to z^-39, below 2^-120
   there), as a head and tail. */
static long double stirling_sum(long double x, long double *lo)
{
	long double ll;
	long double lh = ldl_log_kernel(x, &ll);
	long double xm = x - 0.5L;
	long double p = xm * lh;
	long double pl = fmal(xm, lh, -p) + xm * ll;
	long double iz = 1 / x, w = iz * iz, s = stirling[19];
	for (int k = 18; k >= 0; k--)
		s = stirling[k] + w * s;
	long double h = p - x;
	long double bb = h - p;
	long double err = (p - (h - bb)) + (-x - bb) + pl;
	*lo = err + HALF_LOG_2PI + s * iz;
	return h;
}

/* log|Gamma(x)| for finite x > 0: Stirling above 40, else shifted up by
   the product x (x + 1) ... (x + n - 1). */
long double __lgammal_pos(long double x)
{
	if (x > 0x1p16000L) {
		/* x (log x - 1) overflows. */
		long double y = x * (logl(x) - 1);
		return __builtin_isinf(y) ? __math_erangel(y) : y;
	}
	if (x >= 40) {
		long double lo;
		long double h = stirling_sum(x, &lo);
		return h + lo;
	}
	/* The shift x (x + 1) ... (x + n - 1) and x + n, both kept exactly
	   as head and tail, since lgamma(x) may be far smaller than either
	   term of the difference. */
	long double xh = x, xl = 0, ph = 1, pl = 0;
	int e = 0;
	while (xh < 40) {
		long double nh = ph * xh;
		pl = fmal(ph, xh, -nh) + ph * xl + pl * xh;
		ph = nh;
		long double s1 = xh + 1;
		xl += (xh - (s1 - 1));
		xh = s1;
		if (ph > 0x1p8000L || ph < 0x1p-8000L) {
			int k;
			frexpl(ph, &k);
			ph = scalbnl(ph, -k);
			pl = scalbnl(pl, -k);
			e += k;
		}
	}
	long double lo, lpl;
	long double h = stirling_sum(xh, &lo);
	long double lph = ldl_log_kernel(ph, &lpl);
	lpl += pl / ph;
	/* lgamma(xh + xl) = lgamma(xh) + xl psi(xh), psi(xh) = log(xh) - 1/(2 xh) + ... */
	long double lx;
	lo += xl * (ldl_log_kernel(xh, &lx) - 0.5L / xh);
	long double a = e * LDL_LN2_HI;
	long double t = lph + a;
	long double terr = (a - (t - lph));
	long double d = h - t;
	long double derr = (h - (d + t));
	if (fabsl(h) < fabsl(t))
		derr = (-t - (d - h));
	return d + (derr + lo - lpl - terr - e * LDL_LN2_LO);
}

long double __lgammal_r(long double x, int *sign)
{
	*sign = 1;
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0) {
		if (__builtin_signbit(x))
			*sign = -1;
		return __math_erangel(__builtin_infl());
	}
	if (x > 0) {
		/* Near the zeros at 1 and 2, where the series converge as
		   (|t|/1)^k and (|t|/2)^k. */
		if (fabsl(x - 1) < 0.2L)
			return series(near1, x - 1);
		if (fabsl(x - 2) < 0.45L)
			return series(near2, x - 2);
		return __lgammal_pos(x);
	}
	if (ld_round_int(x, 4) == x)
		return __math_erangel(__builtin_infl());
	/* Reflection: log(pi / |sin(pi x)|) - lgamma(1 - x); Gamma(x) < 0
	   where trunc(x) is even. */
	if (!((int64_t)ld_round_int(x, 0) & 1))
		*sign = -1;
	if (x > -0x1p-100L)
		return -logl(-x);
	long double s = sinl(LDL_PI * (x - ld_round_int(x, 4)));
	return LOG_PI - logl(fabsl(s)) - __lgammal_pos(1 - x);
}

/* Gamma(x) for finite x > 0 (not overflowing): exp of the Stirling sum,
   divided by the product of the shift. */
long double __tgammal_pos(long double x)
{
	long double p = 1;
	while (x < 40) {
		p *= x;
		x += 1;
	}
	long double lo;
	long double h = stirling_sum(x, &lo);
	long double hh = h + lo;
	int k;
	long double e = ldl_exp_kernel(hh, lo - (hh - h), &k);
	return scalbnl(e / p, k);
}
