//! cflags: -std=c2x
/* The C23 functions of 7.12.4, 7.12.6 and 7.12.7 (sinpi ... rsqrt):
   their special values of Annex F.10 and errno (math_errhandling is
   MATH_ERRNO), declared by math.h under plain -std=c2x. Each line names a
   call, the result expected bit for bit (NaN matching any NaN) and the
   errno. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures;

/* Opaque to the compiler, so that no call below is folded. */
static double v(double x)
{
	return *(volatile double *)&x;
}

static void check(const char *what, long double got, long double want, int err, int want_err)
{
	int same = memcmp(&got, &want, sizeof got) == 0 || (isnan(got) && isnan(want));
	if (!same || err != want_err) {
		printf("FAIL %s: got %La errno %d, want %La errno %d\n", what, got, err, want, want_err);
		failures++;
	}
}

/* The double, float and long double forms of one call, with the same
   expected value (exact in all three). */
#define T3(fn, args, want, want_err) do { \
	errno = 0; double d_ = fn args; check(#fn #args, d_, (double)(want), errno, want_err); \
	errno = 0; float f_ = fn##f args; check(#fn "f" #args, f_, (float)(want), errno, want_err); \
	errno = 0; long double l_ = fn##l args; check(#fn "l" #args, l_, (long double)(want), errno, want_err); \
} while (0)

int main(void)
{
	const double inf = INFINITY, nan_ = NAN;

	/* sinpi, cospi, tanpi: exact zeros, ones and poles; signs of zero. */
	T3(sinpi, (v(0.0)), 0.0, 0);
	T3(sinpi, (v(-0.0)), -0.0, 0);
	T3(sinpi, (v(3.0)), 0.0, 0);
	T3(sinpi, (v(-3.0)), -0.0, 0);
	T3(sinpi, (v(0.5)), 1.0, 0);
	T3(sinpi, (v(-2.5)), -1.0, 0);
	T3(sinpi, (v(0x1p60)), 0.0, 0);
	T3(sinpi, (v(inf)), nan_, EDOM);
	T3(sinpi, (v(nan_)), nan_, 0);
	T3(cospi, (v(0.0)), 1.0, 0);
	T3(cospi, (v(-1.0)), -1.0, 0);
	T3(cospi, (v(0.5)), 0.0, 0);
	T3(cospi, (v(-7.5)), 0.0, 0);
	T3(cospi, (v(0x1p60)), 1.0, 0);
	T3(cospi, (v(-inf)), nan_, EDOM);
	T3(tanpi, (v(-0.0)), -0.0, 0);
	T3(tanpi, (v(2.0)), 0.0, 0);
	T3(tanpi, (v(1.0)), -0.0, 0);
	T3(tanpi, (v(-1.0)), 0.0, 0);
	T3(tanpi, (v(-2.0)), -0.0, 0);
	T3(tanpi, (v(0.25)), 1.0, 0);
	T3(tanpi, (v(-0.75)), 1.0, 0);
	T3(tanpi, (v(0.5)), inf, ERANGE);
	T3(tanpi, (v(1.5)), -inf, ERANGE);
	T3(tanpi, (v(-0.5)), -inf, ERANGE);
	T3(tanpi, (v(-1.5)), inf, ERANGE);
	T3(tanpi, (v(inf)), nan_, EDOM);
	if (sinpi(v(0x1p-1070)) != 0x1p-1070 * 3 + 0x1p-1073)
		failures++, printf("FAIL sinpi subnormal\n");

	/* asinpi, acospi, atanpi, atan2pi. */
	T3(asinpi, (v(-0.0)), -0.0, 0);
	T3(asinpi, (v(1.0)), 0.5, 0);
	T3(asinpi, (v(1.5)), nan_, EDOM);
	T3(acospi, (v(1.0)), 0.0, 0);
	T3(acospi, (v(-1.0)), 1.0, 0);
	T3(acospi, (v(0.0)), 0.5, 0);
	T3(acospi, (v(-1.5)), nan_, EDOM);
	T3(atanpi, (v(-0.0)), -0.0, 0);
	T3(atanpi, (v(1.0)), 0.25, 0);
	T3(atanpi, (v(-inf)), -0.5, 0);
	T3(atan2pi, (v(0.0), v(-0.0)), 1.0, 0);
	T3(atan2pi, (v(-0.0), v(0.0)), -0.0, 0);
	T3(atan2pi, (v(-0.0), v(-2.0)), -1.0, 0);
	T3(atan2pi, (v(3.0), v(0.0)), 0.5, 0);
	T3(atan2pi, (v(-inf), v(-inf)), -0.75, 0);
	T3(atan2pi, (v(inf), v(inf)), 0.25, 0);
	T3(atan2pi, (v(1.0), v(-inf)), 1.0, 0);
	T3(atan2pi, (v(-1.0), v(inf)), -0.0, 0);
	T3(atan2pi, (v(2.0), v(2.0)), 0.25, 0);
	T3(atan2pi, (v(nan_), v(1.0)), nan_, 0);

	/* exp2m1, exp10m1, log2p1, log10p1, logp1. */
	T3(exp2m1, (v(-0.0)), -0.0, 0);
	T3(exp2m1, (v(3.0)), 7.0, 0);
	T3(exp2m1, (v(-1.0)), -0.5, 0);
	T3(exp2m1, (v(-inf)), -1.0, 0);
	T3(exp2m1, (v(inf)), inf, 0);
	T3(exp2m1, (v(20000.0)), inf, ERANGE);
	T3(exp10m1, (v(2.0)), 99.0, 0);
	T3(exp10m1, (v(-0.0)), -0.0, 0);
	T3(exp10m1, (v(-inf)), -1.0, 0);
	T3(exp10m1, (v(5000.0)), inf, ERANGE);
	T3(log2p1, (v(-0.0)), -0.0, 0);
	T3(log2p1, (v(7.0)), 3.0, 0);
	T3(log2p1, (v(-0.5)), -1.0, 0);
	T3(log2p1, (v(-1.0)), -inf, ERANGE);
	T3(log2p1, (v(-2.0)), nan_, EDOM);
	T3(log2p1, (v(inf)), inf, 0);
	T3(log10p1, (v(99.0)), 2.0, 0);
	T3(log10p1, (v(-1.0)), -inf, ERANGE);
	T3(log10p1, (v(-inf)), nan_, EDOM);
	T3(logp1, (v(-0.0)), -0.0, 0);
	T3(logp1, (v(-1.0)), -inf, ERANGE);

	/* pown: pown(x, 0) is 1 for every x; poles at zero. */
	T3(pown, (v(nan_), 0), 1.0, 0);
	T3(pown, (v(-inf), 0), 1.0, 0);
	T3(pown, (v(-2.0), 3), -8.0, 0);
	T3(pown, (v(-0.0), -3), -inf, ERANGE);
	T3(pown, (v(-0.0), -2), inf, ERANGE);
	T3(pown, (v(-0.0), 5), -0.0, 0);
	T3(pown, (v(-inf), -3), -0.0, 0);
	T3(pown, (v(-1.0), LLONG_MAX), -1.0, 0);
	T3(pown, (v(-1.0), LLONG_MIN), 1.0, 0);
	T3(pown, (v(2.0), LLONG_MAX), inf, ERANGE);
	T3(pown, (v(-0.0), LLONG_MAX), -0.0, 0);
	T3(pown, (v(-inf), LLONG_MAX - 1), inf, 0);
	T3(pown, (v(2.0), -1100000), 0.0, ERANGE);
	/* (1 + 2^-52)^(2^60 + 1) is finite: e^256 and a little. */
	if (!(pown(v(1 + 0x1p-52), (1LL << 60) + 1) > 1e111 && pown(v(1 + 0x1p-52), (1LL << 60) + 1) < 1.6e111))
		failures++, printf("FAIL pown large n near 1\n");

	/* rootn. */
	T3(rootn, (v(8.0), 3), 2.0, 0);
	T3(rootn, (v(-8.0), 3), -2.0, 0);
	T3(rootn, (v(16.0), -4), 0.5, 0);
	T3(rootn, (v(4.0), -1), 0.25, 0);
	T3(rootn, (v(3.0), 1), 3.0, 0);
	T3(rootn, (v(1.0), 0), nan_, EDOM);
	T3(rootn, (v(nan_), 0), nan_, EDOM);
	T3(rootn, (v(-4.0), 2), nan_, EDOM);
	T3(rootn, (v(-inf), 2), nan_, EDOM);
	T3(rootn, (v(-0.0), 3), -0.0, 0);
	T3(rootn, (v(-0.0), 2), 0.0, 0);
	T3(rootn, (v(-0.0), -3), -inf, ERANGE);
	T3(rootn, (v(-0.0), -2), inf, ERANGE);
	T3(rootn, (v(0.0), LLONG_MIN), inf, ERANGE);
	T3(rootn, (v(-inf), 3), -inf, 0);
	T3(rootn, (v(-inf), -3), -0.0, 0);
	T3(rootn, (v(inf), LLONG_MIN), 0.0, 0);
	T3(rootn, (v(nan_), 3), nan_, 0);

	/* compoundn. */
	T3(compoundn, (v(nan_), 0), 1.0, 0);
	T3(compoundn, (v(inf), 0), 1.0, 0);
	T3(compoundn, (v(-1.0), 0), 1.0, 0);
	T3(compoundn, (v(-2.0), 0), nan_, EDOM);
	T3(compoundn, (v(-inf), 1), nan_, EDOM);
	T3(compoundn, (v(nan_), 1), nan_, 0);
	T3(compoundn, (v(1.0), 10), 1024.0, 0);
	T3(compoundn, (v(-0.5), -3), 8.0, 0);
	T3(compoundn, (v(-1.0), 3), 0.0, 0);
	T3(compoundn, (v(-1.0), -1), inf, ERANGE);
	T3(compoundn, (v(-1.0), LLONG_MIN), inf, ERANGE);
	T3(compoundn, (v(inf), 2), inf, 0);
	T3(compoundn, (v(inf), -2), 0.0, 0);
	T3(compoundn, (v(1.0), 100000), inf, ERANGE);
	T3(compoundn, (v(1.0), -100000), 0.0, ERANGE);

	/* powr: the domain x >= 0. */
	T3(powr, (v(2.0), v(10.0)), 1024.0, 0);
	T3(powr, (v(-2.0), v(2.0)), nan_, EDOM);
	T3(powr, (v(-0.0), v(3.0)), 0.0, 0);
	T3(powr, (v(0.0), v(-3.0)), inf, ERANGE);
	T3(powr, (v(-0.0), v(-inf)), inf, 0);
	T3(powr, (v(0.0), v(0.0)), nan_, EDOM);
	T3(powr, (v(inf), v(-0.0)), nan_, EDOM);
	T3(powr, (v(1.0), v(inf)), nan_, EDOM);
	T3(powr, (v(1.0), v(-3.5)), 1.0, 0);
	T3(powr, (v(nan_), v(0.0)), nan_, 0);
	T3(powr, (v(1.0), v(nan_)), nan_, 0);
	T3(powr, (v(5.0), v(0.0)), 1.0, 0);
	T3(powr, (v(inf), v(2.0)), inf, 0);
	T3(powr, (v(0.5), v(inf)), 0.0, 0);

	/* rsqrt. */
	T3(rsqrt, (v(4.0)), 0.5, 0);
	T3(rsqrt, (v(0x1p-148)), 0x1p74, 0);
	T3(rsqrt, (v(0.0)), inf, ERANGE);
	T3(rsqrt, (v(-0.0)), -inf, ERANGE);
	T3(rsqrt, (v(-1.0)), nan_, EDOM);
	T3(rsqrt, (v(inf)), 0.0, 0);
	T3(rsqrt, (v(-inf)), nan_, EDOM);
	T3(rsqrt, (v(nan_)), nan_, 0);
	if (rsqrt(v(0x1p-1074)) != 0x1p537 || rsqrt(v(DBL_MAX)) != 0x1.000000000000080p-512)
		failures++, printf("FAIL rsqrt at the ends\n");

	if (failures)
		printf("%d failures\n", failures);
	return failures != 0;
}
