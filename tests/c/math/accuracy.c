/* The fast accuracy check: for each function of tests/math/functions.h,
   the sample of tests/math/data/<type>.txt (written by accuracy.py --gen
   from mpmath) gives arguments, the correctly rounded result and the exact
   value's offset from it in ulps; the error of each result in ulps of the
   exact value must stay within the function's bound. */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { D_D, D_DD, D_ID, D_DDD, D_DN, F_F, F_FF, F_IF, F_FFF, F_FN, L_L, L_LL, L_LLL, L_LN };

static const struct fn {
	const char *name;
	enum kind kind;
	void (*f)(void);
	double bound;
} fns[] = {
#define F(name, oracle, kind, bound) { #name, kind, (void (*)(void))name, bound },
#include "../../math/functions.h"
#undef F
};

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
		struct val a[3], want, got;
		int n = 0;
		long long ln;
		switch (fn->kind) {
		case D_D: hexval(&s, 64, &a[0]);
			got = fromd(((double (*)(double))fn->f)(asd(a[0]))); break;
		case D_DD: hexval(&s, 64, &a[0]); hexval(&s, 64, &a[1]);
			got = fromd(((double (*)(double, double))fn->f)(asd(a[0]), asd(a[1]))); break;
		case D_ID: n = strtol(s, &s, 10); hexval(&s, 64, &a[0]);
			got = fromd(((double (*)(int, double))fn->f)(n, asd(a[0]))); break;
		case D_DDD: hexval(&s, 64, &a[0]); hexval(&s, 64, &a[1]); hexval(&s, 64, &a[2]);
			got = fromd(((double (*)(double, double, double))fn->f)(asd(a[0]), asd(a[1]), asd(a[2]))); break;
		case D_DN: hexval(&s, 64, &a[0]); ln = strtoll(s, &s, 10);
			got = fromd(((double (*)(double, long long))fn->f)(asd(a[0]), ln)); break;
		case F_F: hexval(&s, 32, &a[0]);
			got = fromf(((float (*)(float))fn->f)(asf(a[0]))); break;
		case F_FF: hexval(&s, 32, &a[0]); hexval(&s, 32, &a[1]);
			got = fromf(((float (*)(float, float))fn->f)(asf(a[0]), asf(a[1]))); break;
		case F_IF: n = strtol(s, &s, 10); hexval(&s, 32, &a[0]);
			got = fromf(((float (*)(int, float))fn->f)(n, asf(a[0]))); break;
		case F_FFF: hexval(&s, 32, &a[0]); hexval(&s, 32, &a[1]); hexval(&s, 32, &a[2]);
			got = fromf(((float (*)(float, float, float))fn->f)(asf(a[0]), asf(a[1]), asf(a[2]))); break;
		case F_FN: hexval(&s, 32, &a[0]); ln = strtoll(s, &s, 10);
			got = fromf(((float (*)(float, long long))fn->f)(asf(a[0]), ln)); break;
		case L_L: hexval(&s, 128, &a[0]);
			got = froml(((long double (*)(long double))fn->f)(asl(a[0]))); break;
		case L_LL: hexval(&s, 128, &a[0]); hexval(&s, 128, &a[1]);
			got = froml(((long double (*)(long double, long double))fn->f)(asl(a[0]), asl(a[1]))); break;
		case L_LLL: hexval(&s, 128, &a[0]); hexval(&s, 128, &a[1]); hexval(&s, 128, &a[2]);
			got = froml(((long double (*)(long double, long double, long double))fn->f)(asl(a[0]), asl(a[1]), asl(a[2]))); break;
		case L_LN: hexval(&s, 128, &a[0]); ln = strtoll(s, &s, 10);
			got = froml(((long double (*)(long double, long long))fn->f)(asl(a[0]), ln)); break;
		}
		if (hexval(&s, got.bits, &want)) {
			printf("%s: bad data line: %s\n", fn->name, line);
			failures++;
			continue;
		}
		double frac = strtod(s, 0);
		double e = ulp_error(got, want, frac);
		cases++;
		if (e > worst) {
			worst = e;
			snprintf(worst_line, sizeof worst_line, "%s (got %016llx%016llx)", line,
			         (unsigned long long)got.hi, (unsigned long long)got.lo);
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
