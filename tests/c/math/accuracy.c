/* The fast accuracy check: for each function of tests/math/functions.h,
   the sample of tests/math/data/<type>.txt (written by accuracy.py --gen
   from mpmath) gives arguments, the correctly rounded result and the exact
   value's offset from it in ulps; the error of each result in ulps of the
   exact value must stay within the function's bound. A complex result is
   checked part by part, each in ulps of its own exact value. */
#define _GNU_SOURCE
#include <complex.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../math/fns.h"

/* A result as its bit pattern and format: 64, 32 or 128 bits. */
struct val {
	uint64_t hi, lo;
	int bits;
};

static int hexval(char **s, int bits, struct val *v)
{
	while (**s == ' ')
		++*s;
	v->bits = bits;
	v->hi = v->lo = 0;
	int n = bits / 4;
	for (int i = 0; i < n; i++) {
		int c = (*s)[i], d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else
			return -1;
		v->hi = v->hi << 4 | v->lo >> 60;
		v->lo = v->lo << 4 | d;
	}
	*s += n;
	return 0;
}

static double asd(struct val v)
{
	double x;
	memcpy(&x, &v.lo, 8);
	return x;
}

static float asf(struct val v)
{
	uint32_t u = (uint32_t)v.lo;
	float x;
	memcpy(&x, &u, 4);
	return x;
}

static long double asl(struct val v)
{
	uint64_t w[2] = { v.lo, v.hi };
	long double x;
	memcpy(&x, w, 16);
	return x;
}

static struct val fromd(double x)
{
	struct val v = { 0, 0, 64 };
	memcpy(&v.lo, &x, 8);
	return v;
}

static struct val fromf(float x)
{
	uint32_t u;
	memcpy(&u, &x, 4);
	return (struct val){ 0, u, 32 };
}

static struct val froml(long double x)
{
	uint64_t w[2];
	memcpy(w, &x, 16);
	return (struct val){ w[1], w[0], 128 };
}

/* Sign, exponent field all ones, fraction nonzero: the parts of a format. */
static void parts(struct val v, int *sign, int *expmax, int *fraczero)
{
	if (v.bits == 128) {
		*sign = v.hi >> 63;
		*expmax = (v.hi >> 48 & 0x7fff) == 0x7fff;
		*fraczero = (v.hi & 0xffffffffffff) == 0 && v.lo == 0;
	} else if (v.bits == 64) {
		*sign = v.lo >> 63;
		*expmax = (v.lo >> 52 & 0x7ff) == 0x7ff;
		*fraczero = (v.lo & 0xfffffffffffff) == 0;
	} else {
		*sign = v.lo >> 31 & 1;
		*expmax = (v.lo >> 23 & 0xff) == 0xff;
		*fraczero = (v.lo & 0x7fffff) == 0;
	}
}

/* The signed distance from b to a in steps of their format (consecutive
   values), clamped to +-2^62. */
static int64_t distance(struct val a, struct val b)
{
	int bits = a.bits == 128 ? 127 : a.bits - 1;
	unsigned __int128 ua = (unsigned __int128)a.hi << 64 | a.lo;
	unsigned __int128 ub = (unsigned __int128)b.hi << 64 | b.lo;
	unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
	__int128 sa = ua >> bits & 1 ? -(__int128)(ua & mask) : (__int128)(ua & mask);
	__int128 sb = ub >> bits & 1 ? -(__int128)(ub & mask) : (__int128)(ub & mask);
	__int128 d = sa - sb;
	if (d > (__int128)1 << 62)
		return (int64_t)1 << 62;
	if (d < -((__int128)1 << 62))
		return -((int64_t)1 << 62);
	return (int64_t)d;
}

/* The biased exponent field of v. */
static int biased_exponent(struct val v)
{
	if (v.bits == 128)
		return v.hi >> 48 & 0x7fff;
	if (v.bits == 64)
		return v.lo >> 52 & 0x7ff;
	return v.lo >> 23 & 0xff;
}

/* |got - exact| in ulps of the exact value, from the correctly rounded
   expected value and frac = (exact - expected) / ulp(exact). */
static double ulp_error(struct val got, struct val want, double frac)
{
	int gs, gm, gz, ws, wm, wz;
	parts(got, &gs, &gm, &gz);
	parts(want, &ws, &wm, &wz);
	if (wm && !wz)
		return gm && !gz ? 0 : INFINITY;
	if (gm && !gz)
		return INFINITY;
	if (wm || gm)
		return got.hi == want.hi && got.lo == want.lo ? 0 : INFINITY;
	double d = (double)distance(got, want);
	/* At a power of two (not the least normal) the steps of smaller
	   magnitude are half those of larger magnitude. */
	if (wz && biased_exponent(want) > 1) {
		int exact_small = ws ? frac > 0 : frac < 0;
		int got_small = ws ? d > 0 : d < 0;
		if (exact_small && !got_small)
			d *= 2;
		else if (!exact_small && got_small)
			d /= 2;
	}
	return fabs(d - frac);
}

/* The complex kinds of one type T: read the arguments' parts, call the
   function, keep the parts of its result (one for cabs and carg). */
#define COMPLEX_CASES(T, BITS, AS, FROM, MAKE, RE, IM, ONE, TWO, REAL)                  \
	case ONE: case TWO: case REAL: {                                                \
		for (int i = 0; i < (fn->kind == TWO ? 4 : 2); i++)                     \
			hexval(&s, BITS, &a[i]);                                        \
		T complex z = MAKE(AS(a[0]), AS(a[1])), w = MAKE(AS(a[2]), AS(a[3]));   \
		if (fn->kind == REAL) {                                                 \
			got[0] = FROM(((T (*)(T complex))fn->f)(z));                    \
			break;                                                          \
		}                                                                       \
		T complex r = fn->kind == ONE ? ((T complex (*)(T complex))fn->f)(z)    \
		    : ((T complex (*)(T complex, T complex))fn->f)(z, w);               \
		got[0] = FROM(RE(r));                                                   \
		got[1] = FROM(IM(r));                                                   \
		parts = 2;                                                              \
		break;                                                                  \
	}

static int check_file(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		printf("cannot open %s\n", path);
		return 1;
	}
	static char line[512];
	const struct fn *fn = 0;
	double worst = 0;
	int failures = 0, cases = 0;
	char worst_line[512] = "";
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (line[0] == '@') {
			if (fn && worst > fn->bound) {
				printf("%s: max error %.3f ulp exceeds %.3g, at %s\n",
				       fn->name, worst, fn->bound, worst_line);
				failures++;
			}
			char name[64];
			sscanf(line + 1, "%63s", name);
			fn = 0;
			for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
				if (!strcmp(fns[i].name, name))
					fn = &fns[i];
			if (!fn) {
				printf("%s: not in functions.h\n", name);
				failures++;
			}
			worst = 0;
			continue;
		}
		if (!fn)
			continue;
		char *s = line;
		struct val a[4] = { { 0 } }, want[2], got[2];
		int n = 0, parts = 1;
		long long ln;
		switch (fn->kind) {
		case D_D: hexval(&s, 64, &a[0]);
			got[0] = fromd(((double (*)(double))fn->f)(asd(a[0]))); break;
		case D_DD: hexval(&s, 64, &a[0]); hexval(&s, 64, &a[1]);
			got[0] = fromd(((double (*)(double, double))fn->f)(asd(a[0]), asd(a[1]))); break;
		case D_ID: n = strtol(s, &s, 10); hexval(&s, 64, &a[0]);
			got[0] = fromd(((double (*)(int, double))fn->f)(n, asd(a[0]))); break;
		case D_DDD: hexval(&s, 64, &a[0]); hexval(&s, 64, &a[1]); hexval(&s, 64, &a[2]);
			got[0] = fromd(((double (*)(double, double, double))fn->f)(asd(a[0]), asd(a[1]), asd(a[2]))); break;
		case D_DN: hexval(&s, 64, &a[0]); ln = strtoll(s, &s, 10);
			got[0] = fromd(((double (*)(double, long long))fn->f)(asd(a[0]), ln)); break;
		case F_F: hexval(&s, 32, &a[0]);
			got[0] = fromf(((float (*)(float))fn->f)(asf(a[0]))); break;
		case F_FF: hexval(&s, 32, &a[0]); hexval(&s, 32, &a[1]);
			got[0] = fromf(((float (*)(float, float))fn->f)(asf(a[0]), asf(a[1]))); break;
		case F_IF: n = strtol(s, &s, 10); hexval(&s, 32, &a[0]);
			got[0] = fromf(((float (*)(int, float))fn->f)(n, asf(a[0]))); break;
		case F_FFF: hexval(&s, 32, &a[0]); hexval(&s, 32, &a[1]); hexval(&s, 32, &a[2]);
			got[0] = fromf(((float (*)(float, float, float))fn->f)(asf(a[0]), asf(a[1]), asf(a[2]))); break;
		case F_FN: hexval(&s, 32, &a[0]); ln = strtoll(s, &s, 10);
			got[0] = fromf(((float (*)(float, long long))fn->f)(asf(a[0]), ln)); break;
		case L_L: hexval(&s, 128, &a[0]);
			got[0] = froml(((long double (*)(long double))fn->f)(asl(a[0]))); break;
		case L_LL: hexval(&s, 128, &a[0]); hexval(&s, 128, &a[1]);
			got[0] = froml(((long double (*)(long double, long double))fn->f)(asl(a[0]), asl(a[1]))); break;
		case L_LLL: hexval(&s, 128, &a[0]); hexval(&s, 128, &a[1]); hexval(&s, 128, &a[2]);
			got[0] = froml(((long double (*)(long double, long double, long double))fn->f)(asl(a[0]), asl(a[1]), asl(a[2]))); break;
		case L_LN: hexval(&s, 128, &a[0]); ln = strtoll(s, &s, 10);
			got[0] = froml(((long double (*)(long double, long long))fn->f)(asl(a[0]), ln)); break;
		COMPLEX_CASES(double, 64, asd, fromd, CMPLX, creal, cimag, DC_DC, DC_DCDC, D_DC)
		COMPLEX_CASES(float, 32, asf, fromf, CMPLXF, crealf, cimagf, FC_FC, FC_FCFC, F_FC)
		COMPLEX_CASES(long double, 128, asl, froml, CMPLXL, creall, cimagl, LC_LC, LC_LCLC, L_LC)
		}
		double frac[2];
		int bad = 0;
		for (int i = 0; i < parts; i++) {
			if (hexval(&s, got[i].bits, &want[i])) {
				bad = 1;
				break;
			}
			frac[i] = strtod(s, &s);
		}
		if (bad) {
			printf("%s: bad data line: %s\n", fn->name, line);
			failures++;
			continue;
		}
		for (int i = 0; i < parts; i++) {
			double e = ulp_error(got[i], want[i], frac[i]);
			cases++;
			if (e > worst) {
				worst = e;
				snprintf(worst_line, sizeof worst_line, "%s (got %s%016llx%016llx)", line,
				         parts == 1 ? "" : i ? "im " : "re ", (unsigned long long)got[i].hi,
				         (unsigned long long)got[i].lo);
			}
		}
	}
	if (fn && worst > fn->bound) {
		printf("%s: max error %.3f ulp exceeds %.3g, at %s\n",
		       fn->name, worst, fn->bound, worst_line);
		failures++;
	}
	fclose(f);
	printf("%s: %d cases, %d functions over their bound\n", path, cases, failures);
	return failures;
}

int main(void)
{
	int failures = 0;
	failures += check_file("/tests/math/data/double.txt");
	failures += check_file("/tests/math/data/float.txt");
	failures += check_file("/tests/math/data/ldouble.txt");
	return failures != 0;
}
