/* The strtod cases of the differential test, generated from a seed so
   that the host program (tests/stdio/gen.c, which converts them with the
   host's glibc: strtof, strtod and strtof128 for binary128) and the test
   under WASI (tests/c/stdio/strtod_diff.c) build the same inputs.

   Case i depends only on (seed, i): random short and long (20 to 800
   digits) decimals, the exact decimal expansions of midpoints between
   neighbouring doubles, floats and binary128 values (and those nudged by
   one unit in a far digit), powers of two and ten, values at the
   overflow and underflow thresholds, hexadecimal floats, and the
   special spellings. The expansions are computed here with integer
   arithmetic only, so both sides produce identical text. */
#ifndef STRTOD_CASES_H
#define STRTOD_CASES_H

#include <stdint.h>
#include <string.h>

#include "printf_cases.h"

/* The exact decimal expansion of (mh * 2^64 + ml) * 2^e in s, as its
   significant digits: returns their count (trailing zeros dropped) and
   sets *dexp so that the value is 0.digits * 10^dexp. s has room for
   12000 digits. */
static int sc_expand(uint64_t mh, uint64_t ml, int e, char *s, int *dexp)
{
	static uint32_t d[1400];
	uint32_t chunk[4] = { (uint32_t)(mh >> 32), (uint32_t)mh, (uint32_t)(ml >> 32), (uint32_t)ml };
	uint64_t carry, m;
	int n = 0, i, j, k, len = 0, total = 0, step;
	uint32_t x;

	/* D = m in base 10^9, least significant limb first; then D times
	   2^e, or times 5^-e with the point -e digits from the right */
	for (i = 0; i < 4; i++) {
		carry = chunk[i];
		for (j = 0; j < n; j++) {
			carry += (uint64_t)d[j] << 32;
			d[j] = (uint32_t)(carry % 1000000000);
			carry /= 1000000000;
		}
		for (; carry; carry /= 1000000000)
			d[n++] = (uint32_t)(carry % 1000000000);
	}
	for (k = e < 0 ? -e : e; k > 0; k -= step) {
		step = e < 0 ? (k < 13 ? k : 13) : (k < 29 ? k : 29);
		for (m = 1, i = 0; i < step; i++)
			m *= e < 0 ? 5 : 2;
		carry = 0;
		for (j = 0; j < n; j++) {
			carry += d[j] * m;
			d[j] = (uint32_t)(carry % 1000000000);
			carry /= 1000000000;
		}
		for (; carry; carry /= 1000000000)
			d[n++] = (uint32_t)(carry % 1000000000);
	}
	for (j = n - 1; j >= 0; j--) {
		char t[9];
		for (x = d[j], k = 8; k >= 0; k--, x /= 10)
			t[k] = (char)('0' + x % 10);
		for (k = 0; k < 9; k++)
			if (len || t[k] != '0')
				s[len++] = t[k];
	}
	total = len;
	while (len > 1 && s[len - 1] == '0')
		len--;
	*dexp = total + (e < 0 ? e : 0);
	return len;
}

/* Writes "0.digits" * 10^dexp in a random but valid spelling: with the
   point moved, leading zeros or an explicit exponent. */
static char *sc_spell(struct pc_rng *r, char *p, const char *dig, int n, int dexp)
{
	int style = (int)pc_below(r, 3), k;

	if (style == 0) {
		/* d.ddd e(dexp-1) */
		*p++ = dig[0];
		if (n > 1) {
			*p++ = '.';
			memcpy(p, dig + 1, (size_t)n - 1);
			p += n - 1;
		}
		*p++ = 'e';
		k = dexp - 1;
		if (k < 0) {
			*p++ = '-';
			k = -k;
		}
		p += pc_utoa(p, (unsigned)k);
	} else if (style == 1 && dexp <= 0 && dexp > -40) {
		/* 0.000ddd */
		*p++ = '0';
		*p++ = '.';
		for (k = 0; k < -dexp; k++)
			*p++ = '0';
		memcpy(p, dig, (size_t)n);
		p += n;
	} else if (style == 1 && dexp > 0 && dexp <= n + 30) {
		/* ddd.ddd or ddd000 */
		for (k = 0; k < dexp; k++)
			*p++ = k < n ? dig[k] : '0';
		if (n > dexp) {
			*p++ = '.';
			memcpy(p, dig + dexp, (size_t)(n - dexp));
			p += n - dexp;
		}
	} else {
		/* .ddd E+dexp */
		*p++ = '.';
		memcpy(p, dig, (size_t)n);
		p += n;
		*p++ = 'E';
		*p++ = dexp < 0 ? '-' : '+';
		p += pc_utoa(p, (unsigned)(dexp < 0 ? -dexp : dexp));
	}
	return p;
}

/* A midpoint between neighbours in a format of p significand bits and
   least-significant-bit exponents emin..emax: (2M + 1) * 2^(E - 1). */
static void sc_midpoint(struct pc_rng *r, int p, int emin, int emax, uint64_t *mh, uint64_t *ml, int *e)
{
	uint64_t h = pc_next(r), l = pc_next(r);
	int bits = p + 1;

	/* p + 1 bits, or fewer for a midpoint between subnormals */
	if (pc_below(r, 4) == 0)
		bits = 2 + (int)pc_below(r, (unsigned)p - 1);
	if (bits > 64) {
		h &= ~0ULL >> (128 - bits);
		h |= 1ULL << (bits - 65);
	} else {
		h = 0;
		l &= ~0ULL >> (64 - bits);
		l |= 1ULL << (bits - 1);
	}
	*mh = h;
	*ml = l | 1;
	if (p == 113 && pc_below(r, 32))
		/* binary128's range is mostly sampled near 1: the expansions of
		   its extremes are long (up to 11563 digits) and slow to make */
		*e = -500 + (int)pc_below(r, 1000);
	else if (bits <= p)
		*e = emin - 1;
	else
		*e = emin - 1 + (int)pc_below(r, (unsigned)(emax - emin + 1));
}

/* Builds case i of the series with the given seed into s (room for
   13000 bytes). */
static void sc_make(uint64_t seed, uint64_t i, char *s)
{
	static char dig[12000];
	struct pc_rng r = { pc_mix(seed ^ pc_mix(i ^ 0x5d0)) };
	char *p = s;
	int n, k, dexp, e, kind = (int)pc_below(&r, 16);
	uint64_t mh, ml;

	if (pc_below(&r, 16) == 0)
		*p++ = ' ';
	if (pc_below(&r, 4) == 0)
		*p++ = pc_below(&r, 2) ? '-' : '+';
	switch (kind) {
	case 0: case 1: case 2: case 3:
		/* short decimals, up to 19 digits, across the double range */
		n = 1 + (int)pc_below(&r, 19);
		for (k = 0; k < n; k++)
			dig[k] = (char)('0' + pc_below(&r, 10));
		dig[0] = (char)('1' + pc_below(&r, 9));
		p = sc_spell(&r, p, dig, n, (int)pc_below(&r, 660) - 330);
		break;
	case 4:
		/* 17 digits, the shortest that round-trips every double */
		for (k = 0; k < 17; k++)
			dig[k] = (char)('0' + pc_below(&r, 10));
		dig[0] = (char)('1' + pc_below(&r, 9));
		p = sc_spell(&r, p, dig, 17, (int)pc_below(&r, 80) - 40);
		break;
	case 5: case 6:
		/* long decimals: 20 to 800 digits */
		n = 20 + (int)pc_below(&r, 781);
		for (k = 0; k < n; k++)
			dig[k] = (char)('0' + pc_below(&r, 10));
		dig[0] = (char)('1' + pc_below(&r, 9));
		if (pc_below(&r, 3) == 0)
			for (k = 17 + (int)pc_below(&r, 3); k < n; k++)
				dig[k] = pc_below(&r, 2) ? '0' : '9';
		p = sc_spell(&r, p, dig, n, (int)pc_below(&r, 660) - 330);
		break;
	case 7: case 8: case 9: case 10: case 11:
		/* midpoints of double, float and binary128, exact or nudged */
		k = (int)pc_below(&r, 8);
		if (k < 5)
			sc_midpoint(&r, 53, -1074, 971, &mh, &ml, &e);
		else if (k < 7)
			sc_midpoint(&r, 24, -149, 104, &mh, &ml, &e);
		else
			sc_midpoint(&r, 113, -16494, 16271, &mh, &ml, &e);
		n = sc_expand(mh, ml, e, dig, &dexp);
		switch (pc_below(&r, 4)) {
		case 0: /* one more nonzero digit, far out */
			for (k = 0; k < (int)pc_below(&r, 30); k++)
				dig[n++] = '0';
			dig[n++] = '1';
			break;
		case 1: /* just below: the last digit one less, then nines */
			dig[n - 1]--;
			for (k = 0; k < 1 + (int)pc_below(&r, 30); k++)
				dig[n++] = '9';
			break;
		case 2: /* trailing zeros */
			for (k = 0; k < (int)pc_below(&r, 40); k++)
				dig[n++] = '0';
			break;
		}
		p = sc_spell(&r, p, dig, n, dexp);
		break;
	case 12:
		/* edges: powers of two and ten, the overflow and underflow
		   thresholds, with digits cut at random */
		e = (int)pc_below(&r, 6);
		if (e < 3) {
			static const int exps[] = { 1024, -1075, -1022, 128, -150, -126, 16384, -16495, -16382, 0 };
			mh = 0;
			ml = 1;
			n = sc_expand(mh, ml, exps[pc_below(&r, 9)] + (int)pc_below(&r, 3) - 1, dig, &dexp);
		} else {
			n = 1;
			dig[0] = '1';
			dexp = (int)pc_below(&r, 700) - 350 + 1;
		}
		if (n > 1 && pc_below(&r, 2))
			n = 1 + (int)pc_below(&r, (unsigned)n);
		p = sc_spell(&r, p, dig, n, dexp);
		break;
	case 13: case 14:
		/* hexadecimal: random digits, point and binary exponent */
		*p++ = '0';
		*p++ = pc_below(&r, 2) ? 'x' : 'X';
		n = 1 + (int)pc_below(&r, 36);
		k = (int)pc_below(&r, (unsigned)n + 1);
		for (e = 0; e < n; e++) {
			if (e == k)
				*p++ = '.';
			*p++ = "0123456789abcdefABCDEF"[pc_below(&r, 22)];
		}
		if (pc_below(&r, 4)) {
			*p++ = pc_below(&r, 2) ? 'p' : 'P';
			k = (int)pc_below(&r, 2300) - 1150;
			if (pc_below(&r, 16) == 0)
				k = (int)pc_below(&r, 33000) - 16500;
			if (k < 0)
				*p++ = '-';
			p += pc_utoa(p, (unsigned)(k < 0 ? -k : k));
		}
		break;
	default: {
		/* spellings and what may follow a number */
		static const char *const words[] = {
			"inf", "INF", "infinity", "InFiNiTy", "infin", "nan", "NaN", "nan()", "nan(123)",
			"nan(0x1f)", "nan(abc_9)", "nan(", "nan(12", "0x", "0x.", "0x.p1", ".", "e5", "",
			"1e", "1e+", "1e-x", "1.5e+07z", "0.0", "-0", "00000000000000000000000001",
			".00000000000000000000000000000000001e35", "1" "000000000000000000000000000000000000e-36",
		};
		strcpy(p, words[pc_below(&r, sizeof words / sizeof *words)]);
		p += strlen(p);
		break;
	}
	}
	if (pc_below(&r, 8) == 0) {
		static const char tails[] = "x.e+-p(0";
		*p++ = tails[pc_below(&r, 8)];
	}
	*p = 0;
}

#endif
