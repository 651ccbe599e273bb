/* The printf cases of the differential test, generated from a seed so
   that the host program (tests/stdio/gen.c, which formats them with the
   host's glibc) and the test under WASI (tests/c/stdio/printf_diff.c)
   build the same list without storing it.

   Case i depends only on (seed, i). Each case is one conversion of one
   value, with random flags, width and precision, and values drawn to hit
   the hard spots: halfway cases, powers of two, subnormals, huge and
   tiny exponents, long precisions, integer limits. */
#ifndef PRINTF_CASES_H
#define PRINTF_CASES_H

#include <stdint.h>
#include <string.h>

static uint64_t pc_mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

struct pc_rng {
	uint64_t s;
};

static uint64_t pc_next(struct pc_rng *r)
{
	r->s = pc_mix(r->s);
	return r->s;
}

/* Uniform in 0..n-1 (n small, so the bias is negligible and, above all,
   the same on every platform). */
static unsigned pc_below(struct pc_rng *r, unsigned n)
{
	return (unsigned)(pc_next(r) % n);
}

enum { PC_DOUBLE, PC_INT, PC_STR, PC_LDOUBLE };

struct pc_case {
	int kind;
	char fmt[48];
	double d;
	uint64_t u;      /* integer bits, for PC_INT */
	int lm;          /* 0 int, 1 hh, 2 h, 3 l, 4 ll, 5 j, 6 z, 7 t */
	const char *s;   /* for PC_STR */
	uint64_t ld[2];  /* binary128 bits, low half first, for PC_LDOUBLE */
};

static double pc_from_bits(uint64_t b)
{
	double d;
	memcpy(&d, &b, sizeof d);
	return d;
}

/* A double chosen to stress decimal conversion. */
static double pc_double(struct pc_rng *r)
{
	uint64_t b = pc_next(r);
	int k;
	double x;

	switch (pc_below(r, 12)) {
	case 0: /* any bit pattern: the whole exponent range, and NaNs */
	case 1:
		return pc_from_bits(b);
	case 2: /* subnormal */
		return pc_from_bits((b & 0x800fffffffffffffULL) >> pc_below(r, 52));
	case 3: /* a power of two, or one ulp around it */
		k = (int)pc_below(r, 2098) - 1074;
		b = k >= -1022 ? (uint64_t)(k + 1023) << 52 : 1ULL << (k + 1074);
		return pc_from_bits(b + pc_below(r, 3) - 1);
	case 4: /* a small integer plus a few binary fraction bits: exact
		   ties at short precisions (0.125, 2.5, 1234.5625) */
		x = (double)(b % 100000) / (double)(1 << pc_below(r, 12));
		return (b >> 40) & 1 ? -x : x;
	case 5: /* a short decimal, as people write them (0.1, 2.675, 1e23) */
		x = (double)(b % 1000000);
		for (k = (int)pc_below(r, 40) - 20; k > 0; k--)
			x *= 10;
		for (; k < 0; k++)
			x /= 10;
		return x;
	case 6: /* normal numbers of moderate size */
		return pc_from_bits((b & 0x800fffffffffffffULL) | ((uint64_t)(1023 - 70 + pc_below(r, 140)) << 52));
	case 7: /* special values and extremes */
		switch (pc_below(r, 8)) {
		case 0: return pc_from_bits(0x7ff0000000000000ULL);
		case 1: return pc_from_bits(0xfff0000000000000ULL);
		case 2: return pc_from_bits(0x7ff8000000000000ULL | (b & 0xfffff));
		case 3: return pc_from_bits(0x8000000000000000ULL);
		case 4: return 0.0;
		case 5: return pc_from_bits(0x7fefffffffffffffULL);
		case 6: return pc_from_bits(1);
		default: return pc_from_bits(0x0010000000000000ULL);
		}
	case 8: /* integers around powers of ten, where digit counts change */
		x = 1;
		for (k = pc_below(r, 23); k > 0; k--)
			x *= 10;
		return x + (double)((int)pc_below(r, 5) - 2);
	case 9: /* values with many nines or zeros after rounding */
		x = 1;
		for (k = pc_below(r, 20); k > 0; k--)
			x *= 10;
		return (b & 1 ? 1 : -1) * (1.0 - 1.0 / x) * (double)(1 + pc_below(r, 1000));
	default: /* moderate random */
		return pc_from_bits((b & 0x800fffffffffffffULL) | ((uint64_t)(1023 - 20 + pc_below(r, 60)) << 52));
	}
}

/* Writes v in decimal; returns the length. */
static int pc_utoa(char *p, unsigned v)
{
	char t[12];
	int n = 0, k;

	do
		t[n++] = '0' + v % 10;
	while (v /= 10);
	for (k = 0; k < n; k++)
		p[k] = t[n - 1 - k];
	return n;
}

static const char *const pc_strings[] = {
	"", "a", "hello", "hello, world", "tab\there", "0123456789abcdefghij",
};

/* Builds case i of the series with the given seed. */
static void pc_make(uint64_t seed, uint64_t i, struct pc_case *c)
{
	static const char convs_d[] = "feEgGaAF";
	static const char convs_i[] = "diouxX";
	static const char *const lms[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
	struct pc_rng r = { pc_mix(seed ^ pc_mix(i)) };
	char *p = c->fmt;
	unsigned f;
	int prec = -1, width = -1;

	memset(c, 0, sizeof *c);
	c->kind = pc_below(&r, 10) < 7 ? PC_DOUBLE : pc_below(&r, 4) ? PC_INT : PC_STR;
	if (pc_below(&r, 16) == 0) {
		/* long double: the oracle (strfromf128) takes only a precision */
		static const char convs_ld[] = "aAeEfFgG";
		c->kind = PC_LDOUBLE;
		c->ld[0] = pc_next(&r);
		c->ld[1] = pc_next(&r);
		if (pc_below(&r, 2))
			/* near 1, where %f is short */
			c->ld[1] = (c->ld[1] & 0x8000ffffffffffffULL) | (uint64_t)(16383 - 60 + pc_below(&r, 120)) << 48;
		else if (pc_below(&r, 8) == 0)
			c->ld[1] &= 0x8000ffffffffffffULL;
		*p++ = '%';
		*p++ = '.';
		p += pc_utoa(p, pc_below(&r, 4) ? pc_below(&r, 40) : pc_below(&r, 300));
		*p++ = 'L';
		*p++ = convs_ld[pc_below(&r, 8)];
		*p = 0;
		return;
	}
	*p++ = '%';
	f = pc_below(&r, 32);
	if (pc_below(&r, 2))
		f = 0;
	if (f & 1) *p++ = '-';
	if (f & 2) *p++ = '+';
	if (f & 4) *p++ = ' ';
	if (f & 8) *p++ = '#';
	if (f & 16) *p++ = '0';
	switch (pc_below(&r, 8)) {
	case 0: case 1: case 2: break;
	case 3: case 4: case 5: width = pc_below(&r, 30); break;
	case 6: width = pc_below(&r, 120); break;
	default: width = pc_below(&r, 400); break;
	}
	switch (pc_below(&r, 10)) {
	case 0: case 1: case 2: break;
	case 3: prec = 0; break;
	case 4: case 5: case 6: prec = pc_below(&r, 20); break;
	case 7: prec = 15 + pc_below(&r, 5); break;
	case 8: prec = pc_below(&r, 80); break;
	default: prec = pc_below(&r, 1100); break;
	}
	if (width >= 0)
		p += pc_utoa(p, width);
	if (prec >= 0) {
		*p++ = '.';
		p += pc_utoa(p, prec);
	}
	switch (c->kind) {
	case PC_DOUBLE:
		c->d = pc_double(&r);
		*p++ = convs_d[pc_below(&r, 8)];
		break;
	case PC_INT:
		c->lm = pc_below(&r, 8);
		strcpy(p, lms[c->lm]);
		p += strlen(p);
		*p++ = convs_i[pc_below(&r, 6)];
		c->u = pc_next(&r);
		if (pc_below(&r, 2))
			c->u >>= pc_below(&r, 64);
		if (pc_below(&r, 4) == 0)
			c->u = -c->u;
		break;
	default:
		c->s = pc_strings[pc_below(&r, 6)];
		*p++ = 's';
		break;
	}
	*p = 0;
}

#endif
