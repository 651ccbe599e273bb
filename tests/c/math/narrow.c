/* The C23 narrowing operations (7.12.14) against narrow.txt, written by
   gen_narrow.py from exact rational arithmetic: every result rounded once,
   bit for bit (the crafted cases lie at, just above and just below the
   midpoint of two results, where rounding twice goes wrong), errno ERANGE
   on overflow and inexact underflow. Then the special operands. */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

typedef unsigned __int128 u128;

static long double ld(u128 u)
{
	long double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

static double d(uint64_t u)
{
	double x;
	memcpy(&x, &u, sizeof x);
	return x;
}

static u128 hex(const char *s)
{
	u128 v = 0;
	for (; *s; s++)
		v = v << 4 | (u128)(*s <= '9' ? *s - '0' : (*s | 32) - 'a' + 10);
	return v;
}

/* The result's bits, from the function named op on operands a[]. */
static u128 run(const char *op, const u128 *a, int *known)
{
	float f;
	double r;
	*known = 1;
	if (!strcmp(op, "fadd")) f = fadd(d(a[0]), d(a[1]));
	else if (!strcmp(op, "fsub")) f = fsub(d(a[0]), d(a[1]));
	else if (!strcmp(op, "fmul")) f = fmul(d(a[0]), d(a[1]));
	else if (!strcmp(op, "fdiv")) f = fdiv(d(a[0]), d(a[1]));
	else if (!strcmp(op, "ffma")) f = ffma(d(a[0]), d(a[1]), d(a[2]));
	else if (!strcmp(op, "fsqrt")) f = fsqrt(d(a[0]));
	else if (!strcmp(op, "faddl")) f = faddl(ld(a[0]), ld(a[1]));
	else if (!strcmp(op, "fsubl")) f = fsubl(ld(a[0]), ld(a[1]));
	else if (!strcmp(op, "fmull")) f = fmull(ld(a[0]), ld(a[1]));
	else if (!strcmp(op, "fdivl")) f = fdivl(ld(a[0]), ld(a[1]));
	else if (!strcmp(op, "ffmal")) f = ffmal(ld(a[0]), ld(a[1]), ld(a[2]));
	else if (!strcmp(op, "fsqrtl")) f = fsqrtl(ld(a[0]));
	else {
		if (!strcmp(op, "daddl")) r = daddl(ld(a[0]), ld(a[1]));
		else if (!strcmp(op, "dsubl")) r = dsubl(ld(a[0]), ld(a[1]));
		else if (!strcmp(op, "dmull")) r = dmull(ld(a[0]), ld(a[1]));
		else if (!strcmp(op, "ddivl")) r = ddivl(ld(a[0]), ld(a[1]));
		else if (!strcmp(op, "dfmal")) r = dfmal(ld(a[0]), ld(a[1]), ld(a[2]));
		else if (!strcmp(op, "dsqrtl")) r = dsqrtl(ld(a[0]));
		else {
			*known = 0;
			return 0;
		}
		uint64_t u;
		memcpy(&u, &r, 8);
		return u;
	}
	uint32_t u;
	memcpy(&u, &f, 4);
	return u;
}

static void against_table(void)
{
	FILE *fp = fopen("/tests/c/math/narrow.txt", "r");
	CHECK(fp != 0);
	if (!fp)
		return;
	char line[256];
	int lines = 0;
	while (fgets(line, sizeof line, fp)) {
		char *f[6];
		int n = 0;
		for (char *p = strtok(line, " \n"); p && n < 6; p = strtok(0, " \n"))
			f[n++] = p;
		u128 a[3];
		for (int i = 1; i < n - 2; i++)
			a[i - 1] = hex(f[i]);
		int known;
		errno = 0;
		u128 got = run(f[0], a, &known);
		int err = errno;
		lines++;
		if (!known || got != hex(f[n - 2]) || (err != 0) != (f[n - 1][0] == '1')) {
			char msg[300];
			snprintf(msg, sizeof msg, "%s %s: got %llx errno %d, want %s %s", f[0], f[1],
			         (unsigned long long)got, err, f[n - 2], f[n - 1]);
			check_fail(__FILE__, __LINE__, msg);
		}
	}
	fclose(fp);
	CHECK(lines > 1800);
}

/* Opaque to the compiler, so that nothing below is folded. */
static double v(double x)
{
	return *(volatile double *)&x;
}

static long double vl(long double x)
{
	return *(volatile long double *)&x;
}

static int is(long double got, long double want)
{
	return isnan(want) ? isnan(got) : got == want && signbit(got) == signbit(want);
}

#define ERR(call, want, want_errno) do { \
	errno = 0; \
	CHECK(is(call, want)); \
	CHECK(errno == (want_errno)); \
} while (0)

static void specials(void)
{
	ERR(fadd(v(INFINITY), v(-INFINITY)), NAN, EDOM);
	ERR(fadd(v(INFINITY), v(1)), INFINITY, 0);
	ERR(fadd(v(NAN), v(1)), NAN, 0);
	ERR(fadd(v(-0.0), v(-0.0)), -0.0f, 0);
	ERR(fadd(v(-0.0), v(0.0)), 0.0f, 0);
	ERR(fadd(v(0x1p-149), v(0x1p-200)), 0x1p-149f, ERANGE);
	ERR(fadd(v(0x1p-149), v(0)), 0x1p-149f, 0);
	ERR(fsub(v(1), v(1)), 0.0f, 0);
	ERR(fsub(v(INFINITY), v(INFINITY)), NAN, EDOM);
	ERR(fmul(v(0), v(INFINITY)), NAN, EDOM);
	ERR(fmul(v(-0.0), v(3)), -0.0f, 0);
	ERR(fmul(v(0x1p-100), v(-0x1p-100)), -0.0f, ERANGE);
	ERR(fmul(v(0x1p100), v(0x1p100)), INFINITY, ERANGE);
	ERR(fmul(v(DBL_MAX), v(DBL_MAX)), INFINITY, ERANGE);
	ERR(fdiv(v(1), v(0)), INFINITY, ERANGE);
	ERR(fdiv(v(-1), v(0)), -INFINITY, ERANGE);
	ERR(fdiv(v(0), v(0)), NAN, EDOM);
	ERR(fdiv(v(INFINITY), v(-INFINITY)), NAN, EDOM);
	ERR(fdiv(v(1), v(INFINITY)), 0.0f, 0);
	ERR(fdiv(v(1), v(3)), 1.0f / 3, 0);
	ERR(fdiv(v(DBL_MIN), v(DBL_MAX)), 0.0f, ERANGE);
	ERR(ffma(v(INFINITY), v(0), v(1)), NAN, EDOM);
	ERR(ffma(v(INFINITY), v(1), v(-INFINITY)), NAN, EDOM);
	ERR(ffma(v(2), v(3), v(-6)), 0.0f, 0);
	ERR(ffma(v(-0.0), v(1), v(-0.0)), -0.0f, 0);
	ERR(ffma(v(1), v(0x1p-30), v(1)), 1.0f, 0);
	ERR(fsqrt(v(-1)), NAN, EDOM);
	ERR(fsqrt(v(-0.0)), -0.0f, 0);
	ERR(fsqrt(v(INFINITY)), INFINITY, 0);
	ERR(fsqrt(v(2)), sqrtf(2), 0);
	ERR(fsqrt(v(0x1p300)), INFINITY, ERANGE);
	ERR(faddl(vl(INFINITY), vl(-INFINITY)), NAN, EDOM);
	ERR(fmull(vl(LDBL_MAX), vl(2)), INFINITY, ERANGE);
	ERR(fdivl(vl(0), vl(0)), NAN, EDOM);
	ERR(ffmal(vl(0), vl(INFINITY), vl(1)), NAN, EDOM);
	ERR(fsqrtl(vl(-2)), NAN, EDOM);
	ERR(fsqrtl(vl(0x1p-16494L)), 0.0f, ERANGE);
	ERR(daddl(vl(INFINITY), vl(-INFINITY)), NAN, EDOM);
	ERR(daddl(vl(1), vl(0x1p-53L)), 1.0, 0);
	ERR(daddl(vl(1), vl(0x1p-53L + 0x1p-160L)), 1 + 0x1p-52, 0);
	ERR(dsubl(vl(-0.0L), vl(0.0L)), -0.0, 0);
	ERR(dmull(vl(0x1p-16000L), vl(0x1p-16000L)), 0.0, ERANGE);
	ERR(dmull(vl(-0.0L), vl(5)), -0.0, 0);
	ERR(ddivl(vl(3), vl(0)), INFINITY, ERANGE);
	ERR(ddivl(vl(0x1p-16494L), vl(3)), 0.0, ERANGE);
	ERR(dfmal(vl(0x1p-16000L), vl(0x1p-16000L), vl(-0.0L)), 0.0, ERANGE);
	ERR(dfmal(vl(1 + 0x1p-60L), vl(1 + 0x1p-60L), vl(-1)), 0x1p-59, 0);
	ERR(dsqrtl(vl(-0.0L)), -0.0, 0);
	ERR(dsqrtl(vl(LDBL_MAX)), INFINITY, ERANGE);
}

int main(void)
{
	against_table();
	specials();
	return check_result();
}
