/* Special values of C17 Annex F and the errno reports of 7.12.1
   (math_errhandling is MATH_ERRNO): each line names a call, the exact
   result expected (bit for bit, NaN matching any NaN) and the errno. */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int failures;

/* Opaque to the compiler, so that no call below is folded at compile time. */
static double v(double x)
{
	return *(volatile double *)&x;
}

static void check(const char *what, double got, double want, int err, int want_err)
{
	uint64_t g, w;
	memcpy(&g, &got, 8);
	memcpy(&w, &want, 8);
	int same = g == w || (isnan(got) && isnan(want));
	if (!same || err != want_err) {
		printf("FAIL %s: got %a errno %d, want %a errno %d\n", what, got, err, want, want_err);
		failures++;
	}
}

static void checkf(const char *what, float got, float want, int err, int want_err)
{
	check(what, got, want, err, want_err);
}

static void checkl(const char *what, long double got, long double want, int err, int want_err)
{
	int same = memcmp(&got, &want, sizeof got) == 0 || (isnan(got) && isnan(want));
	if (!same || err != want_err) {
		printf("FAIL %s: got %a errno %d, want %a errno %d\n", what, (double)got, err,
		       (double)want, want_err);
		failures++;
	}
}

#define T(call, want, want_err) do { errno = 0; double r_ = (call); \
	check(#call, r_, want, errno, want_err); } while (0)
#define TF(call, want, want_err) do { errno = 0; float r_ = (call); \
	checkf(#call, r_, want, errno, want_err); } while (0)
#define TL(call, want, want_err) do { errno = 0; long double r_ = (call); \
	checkl(#call, r_, want, errno, want_err); } while (0)

int main(void)
{
	const double inf = INFINITY, nan_ = NAN;

	if (math_errhandling != MATH_ERRNO) {
		printf("FAIL math_errhandling %d\n", math_errhandling);
		failures++;
	}

	/* Exact cases. */
	T(exp(0.0), 1.0, 0);
	T(exp(-0.0), 1.0, 0);
	T(exp2(10.0), 1024.0, 0);
	T(exp10(5.0), 100000.0, 0);
	T(expm1(-0.0), -0.0, 0);
	T(log(1.0), 0.0, 0);
	T(log2(0x1p-1074), -1074.0, 0);
	T(log10(1e22), 22.0, 0);
	T(log1p(-0.0), -0.0, 0);
	T(pow(2.0, 10.0), 1024.0, 0);
	T(pow(-2.0, 3.0), -8.0, 0);
	T(pow(nan_, 0.0), 1.0, 0);
	T(pow(1.0, nan_), 1.0, 0);
	T(pow(-1.0, inf), 1.0, 0);
	T(pow(0.5, inf), 0.0, 0);
	T(pow(0.5, -inf), inf, 0);
	T(pow(-0.0, 3.0), -0.0, 0);
	T(pow(-inf, 3.0), -inf, 0);
	T(pow(-inf, -3.0), -0.0, 0);
	T(sqrt(-0.0), -0.0, 0);
	T(cbrt(-27.0), -3.0, 0);
	T(hypot(inf, nan_), inf, 0);
	T(hypot(3.0, 4.0), 5.0, 0);
	T(sin(-0.0), -0.0, 0);
	T(cos(0.0), 1.0, 0);
	T(tan(-0.0), -0.0, 0);
	T(atan(inf), 0x1.921fb54442d18p+0, 0);
	T(atan2(0.0, -0.0), 0x1.921fb54442d18p+1, 0);
	T(atan2(-0.0, 0.0), -0.0, 0);
	T(atan2(-inf, -inf), -0x1.2d97c7f3321d2p+1, 0);
	T(asin(-1.0), -0x1.921fb54442d18p+0, 0);
	T(acos(1.0), 0.0, 0);
	T(sinh(-0.0), -0.0, 0);
	T(cosh(-inf), inf, 0);
	T(tanh(-inf), -1.0, 0);
	T(asinh(-0.0), -0.0, 0);
	T(acosh(1.0), 0.0, 0);
	T(atanh(-0.0), -0.0, 0);
	T(erf(-inf), -1.0, 0);
	T(erfc(-inf), 2.0, 0);
	T(erfc(inf), 0.0, 0);
	T(tgamma(5.0), 24.0, 0);
	T(tgamma(0.5), 0x1.c5bf891b4ef6bp+0, 0);
	T(lgamma(1.0), 0.0, 0);
	T(lgamma(2.0), 0.0, 0);
	T(j0(0.0), 1.0, 0);
	T(y0(inf), 0.0, 0);
	T(fmod(-0.0, 3.0), -0.0, 0);
	T(fmod(5.5, inf), 5.5, 0);
	T(remainder(5.0, 2.0), 1.0, 0);
	T(remainder(7.0, 2.0), -1.0, 0);
	T(fma(v(0x1p-1074), 0.5, 0.0), 0.0, ERANGE);
	T(fma(1.0 + 0x1p-52, 1.0 - 0x1p-53, -1.0), 0x1p-53 - 0x1p-105, 0);
	T(fmax(nan_, 1.0), 1.0, 0);
	T(fmin(-0.0, 0.0), -0.0, 0);
	T(round(-2.5), -3.0, 0);
	T(rint(2.5), 2.0, 0);
	T(nearbyint(-0.5), -0.0, 0);
	T(trunc(-0.7), -0.0, 0);
	T(ldexp(1.0, -1075), 0.0, ERANGE);
	T(ldexp(1.0, -1074), 0x1p-1074, 0);
	T(scalbn(0x1.8p-1070, -4), 0x1p-1073, ERANGE);
	T(logb(0x1p-1074), -1074.0, 0);
	T(nextafter(0.0, -1.0), -0x1p-1074, ERANGE);
	T(nextafter(DBL_MAX, inf), inf, ERANGE);
	T(nan("0x7"), nan_, 0);
	T(copysign(nan_, -1.0) != 0 ? 1.0 : 0.0, 1.0, 0);

	/* Domain errors: EDOM and NaN. */
	T(log(v(-1.0)), nan_, EDOM);
	T(sqrt(v(-1.0)), nan_, EDOM);
	T(acos(2.0), nan_, EDOM);
	T(asin(-2.0), nan_, EDOM);
	T(acosh(0.5), nan_, EDOM);
	T(atanh(2.0), nan_, EDOM);
	T(pow(-2.0, 0.5), nan_, EDOM);
	T(sin(inf), nan_, EDOM);
	T(cos(-inf), nan_, EDOM);
	T(fmod(1.0, 0.0), nan_, EDOM);
	T(remainder(inf, 1.0), nan_, EDOM);
	T(tgamma(-1.0), nan_, EDOM);
	T(tgamma(-inf), nan_, EDOM);
	T(y0(-1.0), nan_, EDOM);
	T((double)ilogb(0.0), (double)FP_ILOGB0, EDOM);
	T((double)lrint(1e300), (double)(long)(-0x7fffffffL - 1), EDOM);

	/* Pole errors: ERANGE and an exact infinity. */
	T(log(v(0.0)), -inf, ERANGE);
	T(log2(-0.0), -inf, ERANGE);
	T(log1p(-1.0), -inf, ERANGE);
	T(atanh(1.0), inf, ERANGE);
	T(pow(v(0.0), v(-1.0)), inf, ERANGE);
	T(pow(v(-0.0), -3.0), -inf, ERANGE);
	T(lgamma(0.0), inf, ERANGE);
	T(lgamma(-2.0), inf, ERANGE);
	T(tgamma(-0.0), -inf, ERANGE);
	T(logb(0.0), -inf, ERANGE);
	T(y1(0.0), -inf, ERANGE);

	/* Range errors. */
	T(exp(v(710.0)), inf, ERANGE);
	T(exp(v(-746.0)), 0.0, ERANGE);
	T(exp(v(709.78)), 0x1.fe9ce5c4c52b4p+1023, 0);
	T(exp(v(-708.5)), 0x0.e6cf6d08897acp-1022, ERANGE);
	T(exp(v(-745.0)), 0x1p-1074, ERANGE);
	T(exp2(1024.0), inf, ERANGE);
	T(expm1(710.0), inf, ERANGE);
	T(cosh(711.0), inf, ERANGE);
	T(sinh(-711.0), -inf, ERANGE);
	T(pow(v(10.0), 400.0), inf, ERANGE);
	T(pow(v(10.0), -400.0), 0.0, ERANGE);
	T(tgamma(172.0), inf, ERANGE);
	T(erfc(28.0), 0.0, ERANGE);
	T(ldexp(1.0, 1024), inf, ERANGE);
	T(fdim(DBL_MAX, -DBL_MAX), inf, ERANGE);

	/* NaN in, NaN out, no error. */
	T(exp(nan_), nan_, 0);
	T(log(nan_), nan_, 0);
	T(sin(nan_), nan_, 0);
	T(atan2(nan_, 1.0), nan_, 0);
	T(lgamma(nan_), nan_, 0);

	/* float and long double follow the same rules. */
	TF(expf(89.0f), INFINITY, ERANGE);
	TF(expf(-104.0f), 0.0f, ERANGE);
	TF(logf(-1.0f), NAN, EDOM);
	TF(logf(0.0f), -INFINITY, ERANGE);
	TF(powf(2.0f, 10.0f), 1024.0f, 0);
	/* powf's kernel tests x only; y = 0, infinite or NaN pass through it. */
	TF(powf(v(3.0f), v(0.0f)), 1.0f, 0);
	TF(powf(v(3.0f), v(-0.0f)), 1.0f, 0);
	TF(powf(v(1.0f), v(NAN)), 1.0f, 0);
	TF(powf(v(1.0f), v(-INFINITY)), 1.0f, 0);
	TF(powf(v(3.0f), v(NAN)), NAN, 0);
	TF(powf(v(0.5f), v(INFINITY)), 0.0f, 0);
	TF(powf(v(0.5f), v(-INFINITY)), INFINITY, 0);
	TF(powf(v(3.0f), v(0x1p-149f)), 1.0f, 0);
	TF(powf(v(2.0f), v(127.0f)), 0x1p127f, 0);
	TF(powf(v(2.0f), v(-149.0f)), 0x1p-149f, 0);
	TF(powf(v(10.0f), v(39.0f)), INFINITY, ERANGE);
	TF(powf(v(10.0f), v(-46.0f)), 0.0f, ERANGE);
	TF(powf(v(-2.0f), v(3.0f)), -8.0f, 0);
	TF(sqrtf(-1.0f), NAN, EDOM);
	TF(sinf(-0.0f), -0.0f, 0);
	TF(fmaf(0x1.000002p0f, 0x1.000002p0f, -1.0f), 0x1p-22f, 0);
	TF(tgammaf(36.0f), INFINITY, ERANGE);
	TL(sqrtl(2.0L), 0x1.6a09e667f3bcc908b2fb1366ea95p+0L, 0);
	TL(sqrtl(-1.0L), NAN, EDOM);
	TL(fmal(1.0L + 0x1p-112L, 1.0L - 0x1p-113L, -1.0L), 0x1p-113L - 0x1p-225L, 0);
	TL(expl(0.0L), 1.0L, 0);
	TL(expl(11357.0L), INFINITY, ERANGE);
	TL(logl(0.0L), -INFINITY, ERANGE);
	TL(logl(-1.0L), NAN, EDOM);
	TL(log2l(0x1p-16000L), -16000.0L, 0);
	TL(fmodl(-0.0L, 3.0L), -0.0L, 0);
	TL(roundl(-2.5L), -3.0L, 0);
	TL(rintl(2.5L), 2.0L, 0);
	TL(floorl(-0x1.0000000000000000000000000001p+0L), -2.0L, 0);
	TL(ldexpl(1.0L, -16495), 0.0L, ERANGE);
	TL(nextafterl(0.0L, 1.0L), 0x1p-16494L, ERANGE);
	TL(powl(-2.0L, 3.0L), -8.0L, 0);

	{
		int q;
		errno = 0;
		double r = remquo(7.5, 2.0, &q);
		check("remquo(7.5, 2.0) remainder", r, -0.5, errno, 0);
		if (q != 4) {
			printf("FAIL remquo quotient %d, want 4\n", q);
			failures++;
		}
		int e;
		double f = frexp(0x1p-1074, &e);
		check("frexp(0x1p-1074)", f, 0.5, 0, 0);
		if (e != -1073) {
			printf("FAIL frexp exponent %d\n", e);
			failures++;
		}
		double ip;
		check("modf(-inf) fraction", modf(-inf, &ip), -0.0, 0, 0);
		check("modf(-inf) integral", ip, -inf, 0, 0);
		double s, c;
		sincos(1.0, &s, &c);
		check("sincos sin", s, sin(1.0), 0, 0);
		check("sincos cos", c, cos(1.0), 0, 0);
		errno = 0;
		lgamma(-0.5);
		if (signgam != -1) {
			printf("FAIL signgam after lgamma(-0.5): %d\n", signgam);
			failures++;
		}
		int sg;
		lgamma_r(-1.5, &sg);
		if (sg != 1) {
			printf("FAIL lgamma_r(-1.5) sign %d\n", sg);
			failures++;
		}
	}
	printf("%d failures\n", failures);
	return failures != 0;
}
