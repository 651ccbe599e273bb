/* complex.h: special values of C17 Annex G and values checked against
   mpmath to a relative 2^-48 (the functions promise a few ulps); the long
   double forms to a relative 2^-106, which a computation in double
   precision misses by far. */
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

/* Each part within tol of its own size (an ulp is 2^-52 of it, or
   less). */
static void close_parts(const char *what, double complex got, double re, double im, double tol)
{
	if (fabs(creal(got) - re) > tol * fabs(re) || fabs(cimag(got) - im) > tol * fabs(im)) {
		printf("FAIL %s: got %a%+ai, want %a%+ai\n", what, creal(got), cimag(got), re, im);
		failures++;
	}
}

static int same_l(long double a, long double b)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b);
	return a == b && signbit(a) == signbit(b);
}

static void exact_l(const char *what, long double complex got, long double re, long double im)
{
	if (!same_l(creall(got), re) || !same_l(cimagl(got), im)) {
		printf("FAIL %s: got %La%+Lai, want %La%+Lai\n", what, creall(got), cimagl(got), re, im);
		failures++;
	}
}

static void close_l(const char *what, long double complex got, long double re, long double im)
{
	long double tol = 0x1p-106L;
	if (fabsl(creall(got) - re) > tol * fabsl(re) || fabsl(cimagl(got) - im) > tol * fabsl(im)) {
		printf("FAIL %s: got %.36Lg%+.36Lgi, want %.36Lg%+.36Lgi\n", what, creall(got),
		       cimagl(got), re, im);
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
	/* cpow where exp(w log z) from rounded parts lost digits: |w log z|
	   near 700, and a phase near a multiple of pi/2 whose size and sign
	   come from the tiny part of arg z. */
	close_parts("cpow(3+4i, 100+i)", cpow(CMPLX(3.0, 4.0), CMPLX(100.0, 1.0)),
	            3.107945603612118846e69, 2.841707570331247626e68, 0x1p-52);
	close_parts("cpow(0.6+0.8i, 700)", cpow(CMPLX(0.6, 0.8), CMPLX(700.0, 0.0)),
	            -0.35953510382337338748, 0.93313156045583797691, 0x1p-52);
	close_parts("cpow(1.5-0.5i, -30+20i)", cpow(CMPLX(1.5, -0.5), CMPLX(-30.0, 20.0)),
	            0.00066886219939277446823, -0.000022838454681344004018, 0x1p-52);
	exact("cpow(-3.3e6+2.3e125i, 7)", cpow(CMPLX(-3.3e6, 2.3e125), CMPLX(7.0, 0.0)), inf, -inf);
	double complex sq = cpow(CMPLX(0.0, 2.0), CMPLX(2.0, 0.0));
	if (creal(sq) != -4 || cimag(sq) != 0) {
		printf("FAIL cpow(2i, 2): got %a%+ai\n", creal(sq), cimag(sq));
		failures++;
	}
	/* Finite results where a step overflowed: sinh x and cosh x past
	   709, the sums of Kahan's formulas at the end of the range, the
	   quotient of catanh next to 1. */
	const double big = 0x1.fffffffffffffp1023;
	close_parts("csinh(710.5+i)", csinh(CMPLX(710.5, 1.0)), 9.9503009792316586535e+307,
	            1.5496675607696623078e+308, 0x1p-50);
	close_parts("ccosh(-710.5+2i)", ccosh(CMPLX(-710.5, 2.0)), -7.6638323216961117033e+307,
	            -1.6745779128258081545e+308, 0x1p-50);
	close_parts("casinh(-max+i max)", casinh(CMPLX(-big, big)), -710.8224336642239147,
	            0.78539816339744830962, 0x1p-51);
	close_parts("cacos(max-i max/4)", cacos(CMPLX(big, -big / 4)), 0.24497866312686415417,
	            710.50617238485215946, 0x1p-51);
	close_parts("catanh(1+i 2^-1074)", catanh(CMPLX(1.0, 0x1p-1074)), 372.56660955097060381,
	            0.78539816339744830962, 0x1p-51);
	/* ctanh, formerly 3 ulp off: each part rounds once. */
	close_parts("ctanh(-2.125+5i)", ctanh(CMPLX(-2.125, 5.0)), -1.0241025369455514932,
	            -0.015897396884333972543, 0x1p-52);
	close_parts("ctanh(0.25+i pi/2)", ctanh(CMPLX(0.25, M_PI_2)), 4.0829881650735965683,
	            9.5955928495193528232e-16, 0x1p-52);
	/* clog next to the unit circle, where |z|^2 - 1 cancels below a
	   double-double's rounding; csqrt and ctan with subnormal parts. */
	close_parts("clog near |z| = 1", clog(CMPLX(0x1.81ce97007f07fp-8, 0x1.fffdba8facf36p-1)),
	            -1.0302084064472472783e-17, 1.5649093452874447426, 0x1p-52);
	close_parts("csqrt(-x+i subnormal)", csqrt(CMPLX(-0x1.48087d77676c5p-1017, 0x0.0000003535bafp-1022)),
	            1.4429815729779647357e-163, 9.5518193226208610248e-154, 0x1p-52);
	close_parts("ctan(x-i subnormal)", ctan(CMPLX(-0x1.6be72d3190533p+505, -0x0.0000080234d90p-1022)),
	            -5.7549052732122425466, -3.6239118526574072199e-313, 0x1p-35);
	close_to("csinh(1+2i)", csinh(CMPLX(1.0, 2.0)), -0.48905625904129367, 1.4031192506220406);
	close_to("ctanh(1+2i)", ctanh(CMPLX(1.0, 2.0)), 1.1667362572409199, -0.24345820118572525);

	const long double infl = INFINITY, nanl_ = NAN;
	const long double pil = 3.14159265358979323846264338327950288L, pio2l = pil / 2, pio4l = pil / 4;
	exact_l("cexpl(-0-i0)", cexpl(CMPLXL(-0.0L, -0.0L)), 1.0L, -0.0L);
	exact_l("cexpl(-inf+i1)", cexpl(CMPLXL(-infl, 1.0L)), 0.0L, 0.0L);
	exact_l("cexpl(1+inf i)", cexpl(CMPLXL(1.0L, infl)), nanl_, nanl_);
	exact_l("clogl(-0+i0)", clogl(CMPLXL(-0.0L, 0.0L)), -infl, pil);
	exact_l("clogl(-inf+i inf)", clogl(CMPLXL(-infl, infl)), infl, 3 * pio4l);
	exact_l("csqrtl(-4-i0)", csqrtl(CMPLXL(-4.0L, -0.0L)), 0.0L, -2.0L);
	exact_l("csqrtl(nan+i inf)", csqrtl(CMPLXL(nanl_, infl)), infl, infl);
	exact_l("csinhl(+0+i0)", csinhl(CMPLXL(0.0L, 0.0L)), 0.0L, 0.0L);
	exact_l("ccoshl(+0+i0)", ccoshl(CMPLXL(0.0L, 0.0L)), 1.0L, 0.0L);
	exact_l("ctanhl(+inf+i1)", ctanhl(CMPLXL(infl, 1.0L)), 1.0L, 0.0L);
	exact_l("casinhl(+inf+i inf)", casinhl(CMPLXL(infl, infl)), infl, pio4l);
	exact_l("cacosl(1+i inf)", cacosl(CMPLXL(1.0L, infl)), pio2l, -infl);
	exact_l("cacoshl(-inf+i1)", cacoshl(CMPLXL(-infl, 1.0L)), infl, pil);
	exact_l("catanhl(1+i0)", catanhl(CMPLXL(1.0L, 0.0L)), infl, 0.0L);
	exact_l("catanhl(+inf+i1)", catanhl(CMPLXL(infl, 1.0L)), 0.0L, pio2l);
	exact_l("cpowl(1+0i, 2-3i)", cpowl(CMPLXL(1.0L, 0.0L), CMPLXL(2.0L, -3.0L)), 1.0L, 0.0L);
	close_l("cexpl(1+2i)", cexpl(CMPLXL(1.0L, 2.0L)), -1.13120438375681363843125525551079471L, 2.47172667200481892761693089355166453L);
	close_l("cexpl(11356.75+0.75i)", cexpl(CMPLXL(11356.75L, 0.75L)), 1.09190235570002796328161911750056652e+4932L, 1.01721236917473946109194644578554796e+4932L);
	close_l("clogl(1+2i)", clogl(CMPLXL(1.0L, 2.0L)), 0.80471895621705018730037966661309382L, 1.10714871779409050301706546017853704L);
	close_l("clogl near 1", clogl(CMPLXL(1.0L, 0x1p-40L)), 4.13590306276513837435704174978039981e-25L, 9.09494701772928237915038811727871825e-13L);
	close_l("clogl tiny", clogl(CMPLXL(0x3p-9000L, 0x4p-9000L)), -6236.71518712707368438048833379036293L, 0.927295218001612232428512462922428804L);
	close_l("csqrtl(1+2i)", csqrtl(CMPLXL(1.0L, 2.0L)), 1.27201964951406896425242246173749149L, 0.78615137775742328606955858584295893L);
	close_l("csqrtl(-3+0.5i)", csqrtl(CMPLXL(-3.0L, 0.5L)), 0.143842387961806731992179994882313823L, 1.73801341553353808461980662374828241L);
	close_l("cpowl(1+2i, 3-i)", cpowl(CMPLXL(1.0L, 2.0L), CMPLXL(3.0L, -1.0L)), -27.4363819916060505071795204218717535L, 19.7893103650106978490369080474141033L);
	close_l("cpowl(0.5+0.25i, 1.5-0.75i)", cpowl(CMPLXL(0.5L, 0.25L), CMPLXL(1.5L, -0.75L)), 0.251601929225702058752930092615337047L, 0.535625885014238442331375368216688968L);
	close_l("cpowl(3+4i, 100+i)", cpowl(CMPLXL(3.0L, 4.0L), CMPLXL(100.0L, 1.0L)),
	        3.10794560361211884633040969890284318e+69L, 2.84170757033124762572681604166524692e+68L);
	close_l("cpowl(0.75+0.5i, 700)", cpowl(CMPLXL(0.75L, 0.5L), CMPLXL(700.0L, 0.0L)),
	        -2.73882862900571487053493723767514697e-32L, -1.45801724466529221020033198167504472e-33L);
	const long double bigl = 0x1.ffffffffffffffffffffffffffffp16383L;
	close_l("csinhl(11356.5+i)", csinhl(CMPLXL(11356.5L, 1.0L)),
	        3.13971739857096878212910296657709e+4931L, 4.88982012976782127093642201762938787e+4931L);
	close_l("casinhl(-max+i max)", casinhl(CMPLXL(-bigl, bigl)),
	        -11357.5631270649838674560569261529522L, 0.785398163397448309615660845819875721L);
	close_l("catanhl(1+i 2^-16494)", catanhl(CMPLXL(1.0L, 0x1p-16494L)),
	        5716.73137166814893941862192172631125L, 0.785398163397448309615660845819875721L);
	close_l("csinl(1+2i)", csinl(CMPLXL(1.0L, 2.0L)), 3.16577851321616814674073461719190554L, 1.95960104142160589707035204998935828L);
	close_l("ccosl(1+2i)", ccosl(CMPLXL(1.0L, 2.0L)), 2.03272300701966552943634344849951426L, -3.05189779915180005751211568689510545L);
	close_l("ctanl(1+2i)", ctanl(CMPLXL(1.0L, 2.0L)), 0.0338128260798966902843705597252873016L, 1.01479361614663356811705417541796761L);
	close_l("casinl(1+2i)", casinl(CMPLXL(1.0L, 2.0L)), 0.427078586392476125480646883318956859L, 1.52857091948099816127245618479367339L);
	close_l("cacosl(1+2i)", cacosl(CMPLXL(1.0L, 2.0L)), 1.14371774040242049375067480832079458L, -1.52857091948099816127245618479367339L);
	close_l("catanl(1+2i)", catanl(CMPLXL(1.0L, 2.0L)), 1.33897252229449356112419357590914424L, 0.40235947810852509365018983330654691L);
	close_l("casinhl(1+2i)", casinhl(CMPLXL(1.0L, 2.0L)), 1.46935174436818527325584431736164762L, 1.063440023577752056189491997089551L);
	close_l("cacoshl(1+2i)", cacoshl(CMPLXL(1.0L, 2.0L)), 1.52857091948099816127245618479367339L, 1.14371774040242049375067480832079458L);
	close_l("catanhl(1+2i)", catanhl(CMPLXL(1.0L, 2.0L)), 0.173286795139986327354308030364544142L, 1.17809724509617246442349126872981358L);
	close_l("csinhl(1+2i)", csinhl(CMPLXL(1.0L, 2.0L)), -0.489056259041293673586454568548515921L, 1.40311925062204058801949085976771294L);
	close_l("ccoshl(1+2i)", ccoshl(CMPLXL(1.0L, 2.0L)), -0.642148124715519964844800686962278789L, 1.06860742138277833959744003378395159L);
	close_l("ctanhl(1+2i)", ctanhl(CMPLXL(1.0L, 2.0L)), 1.16673625724091988181007039714498425L, -0.243458201185725252702610388652151601L);

	float complex zf = cexpf(CMPLXF(1.0f, 2.0f));
	long double complex zl = csqrtl(CMPLXL(3.0L, 4.0L));
	if (fabsf(crealf(zf) + 1.1312044f) > 1e-6f || creall(zl) != 2.0L || cimagl(zl) != 1.0L) {
		printf("FAIL float/long double forms\n");
		failures++;
	}
	printf("%d failures\n", failures);
	return failures != 0;
}
