/* Complex multiplication and division of float, double and long double.
 * Products: bit for bit against gcc (NaNs as any NaN).  Quotients: within
 * a few units in the last place of the larger part (normwise) of a more
 * precise reference, and in the special cases of C11 G.5.1 the required
 * kind of result: an infinity, a zero or a NaN (tests/builtins/oracle.c
 * explains both). */
#include <math.h>
#include "vectors.h"

static long double ld(u128 b)
{
	long double x;
	memcpy(&x, &b, sizeof x);
	return x;
}

static u128 ld_bits(long double x)
{
	u128 b;
	memcpy(&b, &x, sizeof b);
	return b;
}

static float f32(u128 b)
{
	unsigned w = (unsigned)b;
	float x;
	memcpy(&x, &w, sizeof x);
	return x;
}

static u128 f32_bits(float x)
{
	unsigned w;
	memcpy(&w, &x, sizeof w);
	return w;
}

static double f64(u128 b)
{
	u64 w = (u64)b;
	double x;
	memcpy(&x, &w, sizeof x);
	return x;
}

static u128 f64_bits(double x)
{
	u64 w;
	memcpy(&w, &x, sizeof w);
	return w;
}

/* 'i' an infinity (a part infinite), 'n' a NaN (a part NaN, none
 * infinite), 'z' both parts zero, 'f' other. */
static char kind(long double x, long double y)
{
	if (isinf(x) || isinf(y))
		return 'i';
	if (isnan(x) || isnan(y))
		return 'n';
	return x == 0 && y == 0 ? 'z' : 'f';
}

static int same(long double got, u128 got_bits, long double want, u128 want_bits)
{
	return got_bits == want_bits || (isnan(got) && isnan(want));
}

static void check_product(const struct vec *v, long double x, long double y, u128 xb, u128 yb,
                          long double xr, long double yr, int digits)
{
	if (!same(x, xb, xr, v->f[4]))
		vec_fail(v, "real part", xb, digits);
	if (!same(y, yb, yr, v->f[5]))
		vec_fail(v, "imaginary part", yb, digits);
}

/* The quotient's check; xr and yr are the reference rounded to the type,
 * tol and tiny the relative and absolute slack. */
static void check_quotient(const struct vec *v, long double x, long double y, long double xr,
                           long double yr, long double tol, long double tiny)
{
	char want = v->tag[v->nfields - 1];
	long double err, size;
	if (want != 'a') {
		if (kind(x, y) != want)
			vec_fail(v, "kind of result", (u128)kind(x, y), 2);
		return;
	}
	if ((isinf(xr) && x != xr) || (isinf(yr) && y != yr)) {
		vec_fail(v, "overflow", ld_bits(isinf(xr) ? x : y), 32);
		return;
	}
	err = (isinf(xr) ? 0 : fabsl(x - xr)) + (isinf(yr) ? 0 : fabsl(y - yr));
	size = fabsl(xr) + fabsl(yr);
	if (!(err <= tol * size + tiny))
		vec_fail(v, "error too large", ld_bits(x) ^ ld_bits(y), 32);
}

#define IS(name) (!strcmp(v.op, name))

/* Exact results in special cases, worked out by hand from the standard's
 * G.5.1 EXAMPLE 2 that the builtins follow (the vectors only check the
 * kind of result there): the sign of an infinity from a zero divisor, an
 * infinite part beside a NaN one, the signs of zeros from an infinite
 * divisor. */
#define ANNEX_G_CASES(T, suffix) \
	do { \
		volatile T one = 1, two = 2, zero = 0, inf = __builtin_inf##suffix(); \
		_Complex T z; \
		z = __builtin_complex(one, one) / __builtin_complex(-zero, zero); \
		if (!(isinf(__real__ z) && __real__ z < 0 && isinf(__imag__ z) && __imag__ z < 0)) \
			vec_fail(&g, #T ": (1+i)/(-0+0i) is not -inf-inf*i", 0, 1); \
		z = __builtin_complex(inf, one) / __builtin_complex(two, zero); \
		if (!(__real__ z == inf && isnan(__imag__ z))) \
			vec_fail(&g, #T ": (inf+i)/2 is not inf+nan*i", 0, 1); \
		z = __builtin_complex(one, one) / __builtin_complex(inf, inf); \
		if (!(__real__ z == 0 && !signbit(__real__ z) && __imag__ z == 0 && !signbit(__imag__ z))) \
			vec_fail(&g, #T ": (1+i)/(inf+inf*i) is not +0+0i", 0, 1); \
		z = __builtin_complex(-one, two) / __builtin_complex(inf, -inf); \
		if (!(__real__ z == 0 && signbit(__real__ z) && __imag__ z == 0 && !signbit(__imag__ z))) \
			vec_fail(&g, #T ": (-1+2i)/(inf-inf*i) is not -0+0i", 0, 1); \
	} while (0)

int main(void)
{
	struct vec v = {0}, g = {0};
	strcpy(g.text, "(hand-written case)");
	ANNEX_G_CASES(float, f);
	ANNEX_G_CASES(double, );
	ANNEX_G_CASES(long double, l);
	vec_open("/tests/builtins/complex.txt");
	while (vec_next(&v)) {
		if (IS("mulsc3") || IS("divsc3")) {
			_Complex float w = __builtin_complex(f32(v.f[0]), f32(v.f[1]));
			_Complex float u = __builtin_complex(f32(v.f[2]), f32(v.f[3]));
			_Complex float z = IS("mulsc3") ? w * u : w / u;
			float x = __real__ z, y = __imag__ z;
			if (IS("mulsc3"))
				check_product(&v, x, y, f32_bits(x), f32_bits(y), f32(v.f[4]),
				              f32(v.f[5]), 8);
			else
				check_quotient(&v, x, y, f32(v.f[4]), f32(v.f[5]), 0x1p-20L,
				               0x1p-147L);
		} else if (IS("muldc3") || IS("divdc3")) {
			_Complex double w = __builtin_complex(f64(v.f[0]), f64(v.f[1]));
			_Complex double u = __builtin_complex(f64(v.f[2]), f64(v.f[3]));
			_Complex double z = IS("muldc3") ? w * u : w / u;
			double x = __real__ z, y = __imag__ z;
			if (IS("muldc3"))
				check_product(&v, x, y, f64_bits(x), f64_bits(y), f64(v.f[4]),
				              f64(v.f[5]), 16);
			else
				check_quotient(&v, x, y, f64(v.f[4]), f64(v.f[5]), 0x1p-49L,
				               0x1p-1072L);
		} else if (IS("multc3") || IS("divtc3")) {
			_Complex long double w = __builtin_complex(ld(v.f[0]), ld(v.f[1]));
			_Complex long double u = __builtin_complex(ld(v.f[2]), ld(v.f[3]));
			_Complex long double z = IS("multc3") ? w * u : w / u;
			long double x = __real__ z, y = __imag__ z;
			if (IS("multc3"))
				check_product(&v, x, y, ld_bits(x), ld_bits(y), ld(v.f[4]),
				              ld(v.f[5]), 32);
			else
				check_quotient(&v, x, y, ld(v.f[4]), ld(v.f[5]), 0x1p-109L,
				               0x1p-16490L);
		} else {
			vec_fail(&v, "unknown operation", 0, 1);
		}
	}
	return vec_result();
}
