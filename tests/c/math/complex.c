/* complex.h: special values of C17 Annex G and values checked against
   mpmath to a relative 2^-48 (the functions promise a few ulps). */
#include <complex.h>
#include <math.h>
#include <stdio.h>

static int failures;

/* Same value, or both NaN; zeros must agree in sign. */
static int same(double a, double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return a == b && signbit(a) == signbit(b);
}

static void exact(const char *what, double complex got, double re, double im)
{
	if (!same(creal(got), re) || !same(cimag(got), im)) {
		printf("FAIL %s: got %a%+ai, want %a%+ai\n", what, creal(got), cimag(got), re, im);
		failures++;
	}
}

static void close_to(const char *what, double complex got, double re, double im)
{
	double tol = 0x1p-48;
	if (fabs(creal(got) - re) > tol * fabs(re) + 0x1p-1000
	    || fabs(cimag(got) - im) > tol * fabs(im) + 0x1p-1000) {
		printf("FAIL %s: got %.17g%+.17gi, want %.17g%+.17gi\n", what, creal(got),
		       cimag(got), re, im);
		failures++;
	}
}

int main(void)
{
	const double inf = INFINITY, nan_ = NAN, pio2 = M_PI_2, pio4 = M_PI_4;

	exact("cexp(+0+i0)", cexp(CMPLX(0.0, 0.0)), 1.0, 0.0);
	exact("cexp(-0-i0)", cexp(CMPLX(-0.0, -0.0)), 1.0, -0.0);
	exact("cexp(+inf+i0)", cexp(CMPLX(inf, 0.0)), inf, 0.0);
	exact("cexp(-inf+i1)", cexp(CMPLX(-inf, 1.0)), 0.0, 0.0);
	exact("cexp(nan+i0)", cexp(CMPLX(nan_, 0.0)), nan_, 0.0);
	exact("cexp(1+inf i)", cexp(CMPLX(1.0, inf)), nan_, nan_);
	exact("clog(-0+i0)", clog(CMPLX(-0.0, 0.0)), -inf, M_PI);
	exact("clog(+0-i0)", clog(CMPLX(0.0, -0.0)), -inf, -0.0);
	exact("clog(-inf+i inf)", clog(CMPLX(-inf, inf)), inf, 3 * pio4);
	exact("clog(nan+i inf)", clog(CMPLX(nan_, inf)), inf, nan_);
	exact("csqrt(-0+i0)", csqrt(CMPLX(-0.0, 0.0)), 0.0, 0.0);
	exact("csqrt(nan+i inf)", csqrt(CMPLX(nan_, inf)), inf, inf);
	exact("csqrt(-inf+i1)", csqrt(CMPLX(-inf, 1.0)), 0.0, inf);
	exact("csqrt(-4)", csqrt(CMPLX(-4.0, 0.0)), 0.0, 2.0);
	exact("csqrt(-4-i0)", csqrt(CMPLX(-4.0, -0.0)), 0.0, -2.0);
	exact("csinh(+0+i0)", csinh(CMPLX(0.0, 0.0)), 0.0, 0.0);
	exact("ccosh(+0+i0)", ccosh(CMPLX(0.0, 0.0)), 1.0, 0.0);
	exact("ctanh(+inf+i1)", ctanh(CMPLX(inf, 1.0)), 1.0, 0.0);
	exact("ctanh(+0+i0)", ctanh(CMPLX(0.0, 0.0)), 0.0, 0.0);
	exact("casinh(+0+i0)", casinh(CMPLX(0.0, 0.0)), 0.0, 0.0);
	exact("casinh(+inf+i inf)", casinh(CMPLX(inf, inf)), inf, pio4);
	exact("casinh(1+i inf)", casinh(CMPLX(1.0, inf)), inf, pio2);
	exact("cacos(+0+i0)", cacos(CMPLX(0.0, 0.0)), pio2, -0.0);
	exact("cacos(-inf+i1)", cacos(CMPLX(-inf, 1.0)), M_PI, -inf);
	exact("cacos(1+i inf)", cacos(CMPLX(1.0, inf)), pio2, -inf);
	exact("cacosh(+0+i0)", cacosh(CMPLX(0.0, 0.0)), 0.0, pio2);
	exact("cacosh(-inf+i1)", cacosh(CMPLX(-inf, 1.0)), inf, M_PI);
	exact("catanh(+0+i0)", catanh(CMPLX(0.0, 0.0)), 0.0, 0.0);
	exact("catanh(1+i0)", catanh(CMPLX(1.0, 0.0)), inf, 0.0);
	exact("catanh(1+i inf)", catanh(CMPLX(1.0, inf)), 0.0, pio2);
	exact("catanh(+inf+i1)", catanh(CMPLX(inf, 1.0)), 0.0, pio2);
	exact("cproj(inf+i nan)", cproj(CMPLX(inf, nan_)), inf, 0.0);
	exact("cproj(1-i inf)", cproj(CMPLX(1.0, -inf)), inf, -0.0);
	exact("conj(1+2i)", conj(CMPLX(1.0, 2.0)), 1.0, -2.0);
	if (cabs(CMPLX(3.0, -4.0)) != 5.0 || carg(CMPLX(-1.0, 0.0)) != M_PI) {
		printf("FAIL cabs/carg\n");
		failures++;
	}

	close_to("cexp(1+2i)", cexp(CMPLX(1.0, 2.0)), -1.1312043837568136, 2.4717266720048189);
	close_to("clog(3+4i)", clog(CMPLX(3.0, 4.0)), 1.6094379124341004, 0.92729521800161223);
	close_to("clog near 1", clog(CMPLX(1.0, 1e-10)), 5.0000000000000004e-21, 1e-10);
	close_to("csqrt(3+4i)", csqrt(CMPLX(3.0, 4.0)), 2.0, 1.0);
	close_to("csin(1+2i)", csin(CMPLX(1.0, 2.0)), 3.1657785132161681, 1.9596010414216059);
	close_to("ccos(1+2i)", ccos(CMPLX(1.0, 2.0)), 2.0327230070196655, -3.0518977991518001);
	close_to("ctan(1+2i)", ctan(CMPLX(1.0, 2.0)), 0.03381282607989669, 1.0147936161466336);
	close_to("casin(1+2i)", casin(CMPLX(1.0, 2.0)), 0.42707858639247613, 1.5285709194809982);
	close_to("cacos(1+2i)", cacos(CMPLX(1.0, 2.0)), 1.1437177404024205, -1.5285709194809982);
	close_to("catan(1+2i)", catan(CMPLX(1.0, 2.0)), 1.3389725222944936, 0.40235947810852509);
	close_to("casinh(1+2i)", casinh(CMPLX(1.0, 2.0)), 1.4693517443681853, 1.0634400235777521);
	close_to("cacosh(1+2i)", cacosh(CMPLX(1.0, 2.0)), 1.5285709194809982, 1.1437177404024205);
	close_to("catanh(1+2i)", catanh(CMPLX(1.0, 2.0)), 0.17328679513998633, 1.1780972450961725);
	close_to("cpow(1+2i, 3-i)", cpow(CMPLX(1.0, 2.0), CMPLX(3.0, -1.0)), -27.436381991606051, 19.789310365010698);
	close_to("csinh(1+2i)", csinh(CMPLX(1.0, 2.0)), -0.48905625904129367, 1.4031192506220406);
	close_to("ctanh(1+2i)", ctanh(CMPLX(1.0, 2.0)), 1.1667362572409199, -0.24345820118572525);

	float complex zf = cexpf(CMPLXF(1.0f, 2.0f));
	long double complex zl = csqrtl(CMPLXL(3.0L, 4.0L));
	if (fabsf(crealf(zf) + 1.1312044f) > 1e-6f || creall(zl) != 2.0L || cimagl(zl) != 1.0L) {
		printf("FAIL float/long double forms\n");
		failures++;
	}
	printf("%d failures\n", failures);
	return failures != 0;
}
