/* strtol and its relatives: bases, prefixes, signs, where parsing stops,
   and the exact limits of each type (long is 32 bits on wasm32). */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include "check.h"

#define END(s, n) ((s) + (n))

static long sl(const char *s, int base, long want, int want_end, int want_errno)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, base);
	CHECK(v == want);
	CHECK(end == END(s, want_end));
	CHECK(errno == want_errno);
	return v;
}

static void sul(const char *s, int base, unsigned long want, int want_end, int want_errno)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, base);
	CHECK(v == want);
	CHECK(end == END(s, want_end));
	CHECK(errno == want_errno);
}

int main(void)
{
	char *end;

	/* bases and prefixes */
	sl("123", 10, 123, 3, 0);
	sl("  -42xyz", 10, -42, 5, 0);
	sl("+7", 0, 7, 2, 0);
	sl("0x1F", 0, 31, 4, 0);
	sl("0X1f", 16, 31, 4, 0);
	sl("1f", 16, 31, 2, 0);
	sl("017", 0, 15, 3, 0);
	sl("019", 0, 1, 2, 0);
	sl("0x", 0, 0, 1, 0);
	sl("0xg", 16, 0, 1, 0);
	sl("-0x", 16, 0, 2, 0);
	sl("zz", 36, 1295, 2, 0);
	sl("101", 2, 5, 3, 0);
	sl("102", 2, 2, 2, 0);
	sl("", 10, 0, 0, 0);
	sl("   ", 10, 0, 0, 0);
	sl("-", 10, 0, 0, 0);
	sl("+ 1", 10, 0, 0, 0);
	sl("\t\n\v\f\r 9", 10, 9, 7, 0);
	sl("5", 1, 0, 0, EINVAL);
	sl("5", 37, 0, 0, EINVAL);

	/* 32-bit long: the limits, one past them, and far past */
	sl("2147483647", 10, LONG_MAX, 10, 0);
	sl("2147483648", 10, LONG_MAX, 10, ERANGE);
	sl("-2147483648", 10, LONG_MIN, 11, 0);
	sl("-2147483649", 10, LONG_MIN, 11, ERANGE);
	sl("99999999999999999999999999x", 10, LONG_MAX, 26, ERANGE);
	sl("-0x80000000", 16, LONG_MIN, 11, 0);
	sl("0x7fffffff", 0, LONG_MAX, 10, 0);
	sul("4294967295", 10, ULONG_MAX, 10, 0);
	sul("4294967296", 10, ULONG_MAX, 10, ERANGE);
	sul("-1", 10, ULONG_MAX, 2, 0);
	sul("-4294967295", 10, 1, 11, 0);
	sul("-4294967296", 10, ULONG_MAX, 11, ERANGE);
	sul("0xffffffff", 0, ULONG_MAX, 10, 0);

	/* 64 bits */
	errno = 0;
	CHECK(strtoll("9223372036854775807", &end, 10) == LLONG_MAX && !errno && !*end);
	CHECK(strtoll("-9223372036854775808", &end, 10) == LLONG_MIN && !errno && !*end);
	CHECK(strtoll("9223372036854775808", &end, 10) == LLONG_MAX && errno == ERANGE);
	errno = 0;
	CHECK(strtoll("-9223372036854775809", &end, 10) == LLONG_MIN && errno == ERANGE);
	errno = 0;
	CHECK(strtoull("18446744073709551615", &end, 10) == ULLONG_MAX && !errno);
	CHECK(strtoull("18446744073709551616", &end, 10) == ULLONG_MAX && errno == ERANGE);
	errno = 0;
	CHECK(strtoull("-1", &end, 0) == ULLONG_MAX && !errno);
	CHECK(strtoull("0x8000000000000000", &end, 0) == 0x8000000000000000ULL && !errno);
	CHECK(strtoull("1777777777777777777777", &end, 8) == ULLONG_MAX && !errno && !*end);
	CHECK(strtoull("3w5e11264sgsf", &end, 36) == ULLONG_MAX && !errno && !*end);
	CHECK(strtoull("3w5e11264sgsg", &end, 36) == ULLONG_MAX && errno == ERANGE);
	errno = 0;
	CHECK(strtoimax("-9223372036854775808", &end, 0) == INTMAX_MIN && !errno);
	CHECK(strtoumax("0XFFFFFFFFFFFFFFFF", &end, 0) == UINTMAX_MAX && !errno && !*end);
	CHECK(strtoimax("12abc", &end, 10) == 12 && *end == 'a');

	/* the longest valid prefix ends the number */
	CHECK(strtol("12.5", &end, 10) == 12 && *end == '.');
	CHECK(strtol("0x1p3", &end, 0) == 1 && *end == 'p');
	CHECK(strtol("08", &end, 0) == 0 && *end == '8');
	CHECK(strtoul("  +0", &end, 10) == 0 && !*end);
	CHECK(atoi("  -17") == -17);
	return check_result();
}
