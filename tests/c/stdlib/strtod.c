/* strtod, strtof, strtold on the cases people ask about: the forms
   C11 7.22.1.3 accepts and where parsing stops, correct rounding at
   halfway points, the edges of the range with ERANGE, and binary128
   long doubles. (tests/c/stdio/strtod_diff.c compares many more against
   glibc.) */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static double d(const char *s, int want_end, int want_erange)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	CHECK(end - s == want_end);
	CHECK((errno == ERANGE) == want_erange);
	return v;
}

int main(void)
{
	char *end;
	long double ld;

	/* forms and ends */
	CHECK(d("  +1.5e3xyz", 8, 0) == 1500);
	CHECK(d("-.5", 3, 0) == -0.5);
	CHECK(d("5.", 2, 0) == 5);
	CHECK(d(".", 0, 0) == 0);
	CHECK(d("e5", 0, 0) == 0);
	CHECK(d("1e", 1, 0) == 1);
	CHECK(d("1e+", 1, 0) == 1);
	CHECK(d("0x1.8p1", 7, 0) == 3);
	CHECK(d("0x.8", 4, 0) == 0.5);
	CHECK(d("0x", 1, 0) == 0);
	CHECK(d("0X1P-2", 6, 0) == 0.25);
	CHECK(isinf(d("-INFINITY", 9, 0)) && signbit(d("-inf", 4, 0)));
	CHECK(isinf(d("infinite", 3, 0)));
	CHECK(isnan(d("nan", 3, 0)) && isnan(d("NaN(123)", 8, 0)) && isnan(d("nan(", 3, 0)));
	CHECK(signbit(d("-0", 2, 0)) && d("-0", 2, 0) == 0);

	/* correct rounding: 0.1 and friends, halfway cases to even */
	CHECK(d("0.1", 3, 0) == 0.1);
	CHECK(d("9007199254740993", 16, 0) == 9007199254740992.0);
	CHECK(d("9007199254740995", 16, 0) == 9007199254740996.0);
	CHECK(d("9007199254740993.0000000000000000000000000001", 45, 0) == 9007199254740994.0);
	CHECK(d("1.00000000000000011102230246251565404236316680908203125", 55, 0) == 1.0);
	CHECK(d("1.00000000000000011102230246251565404236316680908203126", 55, 0) == 1.0 + DBL_EPSILON);
	CHECK(d("2.2250738585072011e-308", 23, 1) == 0x0.fffffffffffffp-1022);
	CHECK(d("2.2250738585072014e-308", 23, 0) == DBL_MIN);
	CHECK(d("4.9406564584124654e-324", 23, 1) == 0x1p-1074);
	CHECK(d("2.4703282292062328e-324", 23, 1) == 0x1p-1074);
	CHECK(d("2.4703282292062327e-324", 23, 1) == 0);
	CHECK(d("1.7976931348623157e308", 22, 0) == DBL_MAX);
	CHECK(d("1.7976931348623158e308", 22, 0) == DBL_MAX);
	CHECK(isinf(d("1.7976931348623159e308", 22, 1)));
	CHECK(isinf(d("1e99999999999", 13, 1)));
	CHECK(d("1e-99999999999", 14, 1) == 0);
	CHECK(d("0e99999999999", 13, 0) == 0);
	CHECK(d("0.000000000000000000000000000000000000000000001e45", 50, 0) == 1);

	/* float rounds the decimal once, not via double */
	CHECK(strtof("1.00000005960464477539062500000000001", &end) == 1.0f + FLT_EPSILON && !*end);
	CHECK(strtof("1.000000059604644775390625", 0) == 1.0f);
	CHECK(strtof("3.4028235e38", 0) == FLT_MAX);
	errno = 0;
	CHECK(isinf(strtof("3.5e38", 0)) && errno == ERANGE);

	/* long double is binary128: 113 bits, to 1.19e4932 */
	CHECK(LDBL_MANT_DIG == 113);
	ld = strtold("0.1", &end);
	CHECK(ld == 0.1L && ld != 0.1 && !*end);
	CHECK(strtold("1.18973149535723176508575932662800702e4932", 0) == LDBL_MAX);
	CHECK(strtold("3.36210314311209350626267781732175260e-4932", 0) == LDBL_MIN);
	CHECK(strtold("0x1.ffffffffffffffffffffffffffffp+16383", 0) == LDBL_MAX);
	CHECK(strtold("6.4751751194380251109244389582276466e-4966", 0) == LDBL_TRUE_MIN);
	errno = 0;
	CHECK(isinf(strtold("1.2e4932", 0)) && errno == ERANGE);
	CHECK(atof("  12.5abc") == 12.5);
	return check_result();
}
