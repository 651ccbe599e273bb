//! cflags: -std=c23
/* The C23 math functions that are exact: fromfp and its kin (7.12.9.10,
   7.12.9.11), canonicalize, totalorder and totalordermag, the payload
   functions (F.10.12, F.10.13), and their type-generic macros (7.27). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "check.h"

static int same(double a, double b)
{
	return isnan(b) ? isnan(a) : a == b && signbit(a) == signbit(b);
}

static int samel(long double a, long double b)
{
	return isnan(b) ? isnan(a) : a == b && signbit(a) == signbit(b);
}

#define FROM(call, want, want_errno) do { \
	errno = 0; \
	CHECK(samel(call, want)); \
	CHECK(errno == (want_errno)); \
} while (0)

static void from_fp(void)
{
	FROM(fromfp(2.5, FP_INT_UPWARD, 8), 3, 0);
	FROM(fromfp(2.5, FP_INT_DOWNWARD, 8), 2, 0);
	FROM(fromfp(-2.5, FP_INT_TOWARDZERO, 8), -2, 0);
	FROM(fromfp(-2.5, FP_INT_TONEARESTFROMZERO, 8), -3, 0);
	FROM(fromfp(-2.5, FP_INT_TONEAREST, 8), -2, 0);
	FROM(fromfp(3.5, FP_INT_TONEAREST, 8), 4, 0);
	FROM(fromfp(-0.25, FP_INT_TONEAREST, 8), -0.0, 0);
	FROM(fromfp(127.4, FP_INT_TONEAREST, 8), 127, 0);
	FROM(fromfp(127.5, FP_INT_TONEAREST, 8), NAN, EDOM);
	FROM(fromfp(-128.4, FP_INT_TONEAREST, 8), -128, 0);
	FROM(fromfp(-128.6, FP_INT_TONEAREST, 8), NAN, EDOM);
	FROM(fromfp(-0.9, FP_INT_UPWARD, 1), -0.0, 0);
	FROM(fromfp(-1.0, FP_INT_UPWARD, 1), -1, 0);
	FROM(fromfp(0.5, FP_INT_UPWARD, 1), NAN, EDOM);
	FROM(fromfp(1.0, FP_INT_UPWARD, 0), NAN, EDOM);
	FROM(fromfp(NAN, FP_INT_UPWARD, 64), NAN, EDOM);
	FROM(fromfp(INFINITY, FP_INT_UPWARD, 64), NAN, EDOM);
	FROM(fromfp(0x1p62, FP_INT_UPWARD, 64), 0x1p62, 0);
	FROM(fromfp(0x1p63, FP_INT_UPWARD, 64), NAN, EDOM);
	FROM(fromfp(-0x1p63, FP_INT_UPWARD, 64), -0x1p63, 0);
	FROM(fromfp(DBL_MAX, FP_INT_UPWARD, 1025), DBL_MAX, 0);
	FROM(fromfp(DBL_MAX, FP_INT_UPWARD, 1024), NAN, EDOM);
	FROM(fromfp(-DBL_MAX, FP_INT_UPWARD, UINT32_MAX), -DBL_MAX, 0);
	FROM(fromfp(2.5, 99, 8), 2, 0);
	FROM(ufromfp(255.4, FP_INT_TONEAREST, 8), 255, 0);
	FROM(ufromfp(255.5, FP_INT_TONEAREST, 8), NAN, EDOM);
	FROM(ufromfp(-0.4, FP_INT_TONEAREST, 8), -0.0, 0);
	FROM(ufromfp(-0.6, FP_INT_TONEAREST, 8), NAN, EDOM);
	FROM(ufromfp(-0.6, FP_INT_TOWARDZERO, 8), -0.0, 0);
	FROM(fromfpx(2.5, FP_INT_DOWNWARD, 8), 2, 0);
	FROM(ufromfpx(0x1p64 - 0x1p11, FP_INT_DOWNWARD, 64), 0x1p64 - 0x1p11, 0);
	FROM(ufromfpx(0x1p64, FP_INT_DOWNWARD, 64), NAN, EDOM);
	FROM(fromfpf(-2.5f, FP_INT_TONEARESTFROMZERO, 3), -3, 0);
	FROM(fromfpf(-4.5f, FP_INT_TONEARESTFROMZERO, 3), NAN, EDOM);
	FROM(ufromfpf(7.4f, FP_INT_TONEAREST, 3), 7, 0);
	FROM(fromfpxf(FLT_MAX, FP_INT_TONEAREST, 129), FLT_MAX, 0);
	FROM(ufromfpxf(NAN, FP_INT_TONEAREST, 32), NAN, EDOM);
	FROM(fromfpl(0x1p112L + 0.5L, FP_INT_TONEAREST, 114), 0x1p112L, 0);
	FROM(fromfpl(0x1p112L + 1.5L, FP_INT_UPWARD, 114), 0x1p112L + 2, 0);
	FROM(fromfpl(-0x1p113L, FP_INT_UPWARD, 114), -0x1p113L, 0);
	FROM(fromfpl(0x1p113L, FP_INT_UPWARD, 114), NAN, EDOM);
	FROM(fromfpl(-2.5L, FP_INT_TONEAREST, 8), -2, 0);
	FROM(fromfpl(-2.5L, FP_INT_TONEARESTFROMZERO, 8), -3, 0);
	FROM(fromfpl(LDBL_MAX, FP_INT_DOWNWARD, 16385), LDBL_MAX, 0);
	FROM(fromfpl(LDBL_MAX, FP_INT_DOWNWARD, 16384), NAN, EDOM);
	FROM(ufromfpl(-0.5L, FP_INT_DOWNWARD, 8), NAN, EDOM);
	FROM(fromfpxl(0.75L, FP_INT_TOWARDZERO, 0), NAN, EDOM);
	FROM(ufromfpxl(0x1p100L, FP_INT_UPWARD, 101), 0x1p100L, 0);
	FROM(ufromfpxl(0x1p100L, FP_INT_UPWARD, 100), NAN, EDOM);
}

static double bits(uint64_t u)
{
	double x;
	memcpy(&x, &u, 8);
	return x;
}

static uint64_t of(double x)
{
	uint64_t u;
	memcpy(&u, &x, 8);
	return u;
}

static void order(void)
{
	/* Ascending in the total order of IEC 60559. */
	const double seq[] = {
		bits(0xfff8000000000001), bits(0xfff8000000000000), bits(0xfff0000000000001),
		-INFINITY, -DBL_MAX, -1, -DBL_MIN, -0x1p-1074, -0.0, 0.0, 0x1p-1074, DBL_MIN, 1,
		DBL_MAX, INFINITY, bits(0x7ff0000000000001), bits(0x7ff4000000000000),
		bits(0x7ff8000000000000), bits(0x7ff8000000000002),
	};
	int n = sizeof seq / sizeof *seq;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			CHECK(!totalorder(&seq[i], &seq[j]) == (i > j));
			double a = fabs(seq[i]), b = fabs(seq[j]);
			CHECK(totalordermag(&seq[i], &seq[j]) == totalorder(&a, &b));
		}
	float fa = -0.0f, fb = 0.0f, fn = -NAN;
	CHECK(totalorderf(&fa, &fb) && !totalorderf(&fb, &fa) && totalorderf(&fn, &fa));
	CHECK(totalordermagf(&fb, &fa) && totalordermagf(&fa, &fb) && !totalordermagf(&fn, &fb));
	long double la = -1, lb = -0x1p-16494L, lc = INFINITY, ln = NAN;
	CHECK(totalorderl(&la, &lb) && !totalorderl(&lb, &la) && totalorderl(&lc, &ln));
	CHECK(!totalordermagl(&la, &lb) && totalordermagl(&lb, &la) && !totalordermagl(&ln, &lc));
}

static void payload(void)
{
	double x, q = nan("123");
	CHECK(getpayload(&q) == 123);
	double one = 1, inf = INFINITY;
	CHECK(getpayload(&one) == -1 && getpayload(&inf) == -1);
	CHECK(setpayload(&x, 42) == 0 && isnan(x) && !signbit(x) && getpayload(&x) == 42);
	CHECK(!issignaling(x));
	CHECK(setpayload(&x, 0) == 0 && isnan(x) && getpayload(&x) == 0);
	CHECK(setpayload(&x, 0x1p51 - 1) == 0 && getpayload(&x) == 0x1p51 - 1);
	CHECK(setpayload(&x, 0x1p51) != 0 && same(x, 0));
	CHECK(setpayload(&x, 1.5) != 0 && same(x, 0));
	CHECK(setpayload(&x, -1) != 0 && same(x, 0));
	CHECK(setpayload(&x, -0.0) != 0 && same(x, 0));
	CHECK(setpayload(&x, NAN) != 0 && same(x, 0));
	CHECK(setpayloadsig(&x, 7) == 0 && issignaling(x) && getpayload(&x) == 7);
	CHECK(of(x) == 0x7ff0000000000007);
	double y;
	CHECK(canonicalize(&y, &x) == 0 && isnan(y) && !issignaling(y) && getpayload(&y) == 7);
	CHECK(setpayloadsig(&x, 0) != 0 && same(x, 0));
	double z = -3.25;
	CHECK(canonicalize(&y, &z) == 0 && same(y, -3.25));
	float f;
	CHECK(setpayloadf(&f, 0x1p22f - 1) == 0 && getpayloadf(&f) == 0x1p22f - 1);
	CHECK(setpayloadf(&f, 0x1p22f) != 0 && f == 0);
	CHECK(setpayloadsigf(&f, 5) == 0 && issignaling(f) && getpayloadf(&f) == 5);
	float g;
	CHECK(canonicalizef(&g, &f) == 0 && !issignaling(g) && getpayloadf(&g) == 5);
	long double l, m;
	CHECK(setpayloadl(&l, 0x1p111L - 1) == 0 && getpayloadl(&l) == 0x1p111L - 1);
	CHECK(setpayloadl(&l, 0x1p111L) != 0 && l == 0);
	CHECK(setpayloadsigl(&l, 0x1p100L) == 0 && issignaling(l) && getpayloadl(&l) == 0x1p100L);
	CHECK(canonicalizel(&m, &l) == 0 && !issignaling(m) && getpayloadl(&m) == 0x1p100L);
	long double lq = nanl("0x55");
	CHECK(getpayloadl(&lq) == 0x55);
}

/* clang's own tgmath.h comes first in its search order (its resource
   directory precedes the sysroot), so the sysroot's is reached by path. */
#include "../../../libc-top/include/tgmath.h"

static void generic(void)
{
	float f = 1.5f;
	long double l = 1.5L;
	double d = 1.5;
	CHECK(_Generic(fromfp(f, FP_INT_UPWARD, 8), float: 1, default: 0));
	CHECK(_Generic(fromfp(l, FP_INT_UPWARD, 8), long double: 1, default: 0));
	CHECK(_Generic(ufromfpx(d, FP_INT_UPWARD, 8), double: 1, default: 0));
	CHECK(_Generic(fadd(d, d), float: 1, default: 0) && fadd(d, d) == 3);
	CHECK(fadd(l, 0x1p-30L) == 1.5f);
	CHECK(_Generic(dadd(d, d), double: 1, default: 0) && dadd(l, l) == 3);
	CHECK(_Generic(fsqrt(l), float: 1, default: 0) && dsqrt(2.25L) == 1.5);
	CHECK(ffma(d, 2, 1) == 4 && dfma(l, 2, 1) == 4);
	CHECK(_Generic(roundeven(f), float: 1, default: 0) && roundeven(l) == 2);
	CHECK(_Generic(fmaximum_num(f, l), long double: 1, default: 0));
	CHECK(_Generic(llogb(f), long: 1, default: 0) && llogb(d) == 0);
	CHECK(_Generic(sinpi(f), float: 1, default: 0) && sinpi(l) == -1);
	CHECK(_Generic(atan2pi(f, d), double: 1, default: 0) && atan2pi(1.0f, 1.0f) == 0.25f);
	CHECK(_Generic(pown(l, 3), long double: 1, default: 0) && pown(f, 2) == 2.25f);
	CHECK(_Generic(rootn(f, 2), float: 1, default: 0) && rootn(2.25, 2) == 1.5);
	CHECK(_Generic(log2p1(f), float: 1, default: 0) && log2p1(1.0L) == 1);
}

int main(void)
{
	from_fp();
	order();
	payload();
	generic();
	return check_result();
}
