/* nl_langinfo in C and C.UTF-8, and strfmon in the C locale. */
#define _GNU_SOURCE
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <monetary.h>
#include <string.h>
#include "check.h"

static void langinfo(void)
{
	CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	CHECK_STR(nl_langinfo(RADIXCHAR), ".");
	CHECK_STR(nl_langinfo(THOUSEP), "");
	CHECK_STR(nl_langinfo(DAY_1), "Sunday");
	CHECK_STR(nl_langinfo(DAY_7), "Saturday");
	CHECK_STR(nl_langinfo(ABDAY_4), "Wed");
	CHECK_STR(nl_langinfo(MON_1), "January");
	CHECK_STR(nl_langinfo(MON_12), "December");
	CHECK_STR(nl_langinfo(ABMON_5), "May");
	CHECK_STR(nl_langinfo(ABMON_12), "Dec");
	CHECK_STR(nl_langinfo(AM_STR), "AM");
	CHECK_STR(nl_langinfo(PM_STR), "PM");
	CHECK_STR(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
	CHECK_STR(nl_langinfo(D_FMT), "%m/%d/%y");
	CHECK_STR(nl_langinfo(T_FMT), "%H:%M:%S");
	CHECK_STR(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p");
	CHECK_STR(nl_langinfo(ERA), "");
	CHECK_STR(nl_langinfo(ERA_T_FMT), "");
	CHECK_STR(nl_langinfo(ALT_DIGITS), "");
	CHECK_STR(nl_langinfo(YESEXPR), "^[yY]");
	CHECK_STR(nl_langinfo(NOEXPR), "^[nN]");
	CHECK_STR(nl_langinfo(CRNCYSTR), "-");
	CHECK_STR(nl_langinfo(12345), "");
	CHECK_STR(nl_langinfo(-1), "");
	CHECK_STR(nl_langinfo(0x20032), "");
	CHECK_STR(nl_langinfo(_NL_LOCALE_NAME(LC_CTYPE)), "C");

	CHECK(setlocale(LC_CTYPE, "C.UTF-8"));
	CHECK_STR(nl_langinfo(CODESET), "UTF-8");
	CHECK_STR(nl_langinfo(_NL_LOCALE_NAME(LC_CTYPE)), "C.UTF-8");
	CHECK_STR(nl_langinfo(_NL_LOCALE_NAME(LC_TIME)), "C");
	locale_t c = newlocale(LC_ALL_MASK, "C", 0);
	CHECK(c && !strcmp(nl_langinfo_l(CODESET, c), "ANSI_X3.4-1968"));
	CHECK_STR(nl_langinfo_l(CODESET, LC_GLOBAL_LOCALE), "UTF-8");
	CHECK(uselocale(c));
	CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
	uselocale(LC_GLOBAL_LOCALE);
	freelocale(c);
}

/* Expected outputs: glibc's in the C locale, but where it leaves out the
   space a positive value's ')' would take (POSIX: with '#', positive and
   negative values take the same room). */
static const struct {
	const char *format;
	double value;
	const char *want;
} money[] = {
	{ "%n", 1234567.891, "1234567.89" }, { "%n", -1234567.891, "-1234567.89" },
	{ "%i", 0.005, "0.01" }, { "%n", -0.004, "-0.00" }, { "%n", 0, "0.00" },
	{ "%n", 1e20, "100000000000000000000.00" }, { "%10n", 12.5, "     12.50" },
	{ "%-10n|", -3, "-3.00     |" }, { "%=*10n", 12.5, "     12.50" },
	{ "%#5n", 12.5, "    12.50" }, { "%#5n", -3, "-    3.00" },
	{ "%#5n", 1234567.891, " 1234567.89" }, { "%.0n", 12.5, "12" },
	{ "%.3n", -0.004, "-0.004" }, { "%(n", -3, "(3.00)" }, { "%(n", 3, "3.00" },
	{ "%(#5n", -3, "(    3.00)" }, { "%(#5n", 3, "     3.00 " },
	{ "%=x#6.1i", 12.5, " xxxx12.5" }, { "%=x#6.1i", -3, "-xxxxx3.0" },
	{ "%%|%n", 1, "%|1.00" }, { "[%12.1n]", -3, "[        -3.0]" },
	{ "%-#6.1n|", 12.5, "     12.5|" }, { "%(10.2n|", -3, "    (3.00)|" },
	{ "%^+!n", -2, "-2.00" }, { "%#12.0n", -3, "-           3" },
	{ "%.20n", 12.5, "12.50000000000000000000" }, { "a%nb", 1, "a1.00b" },
};

static void monetary(void)
{
	char buf[64];
	for (size_t i = 0; i < sizeof money / sizeof *money; i++) {
		ssize_t n = strfmon(buf, sizeof buf, money[i].format, money[i].value);
		CHECK(n == (ssize_t)strlen(money[i].want));
		CHECK_STR(n >= 0 ? buf : "(error)", money[i].want);
	}
	CHECK(strfmon(buf, sizeof buf, "%n %i", 1.0, 2.0) == 9 && !strcmp(buf, "1.00 2.00"));
	CHECK(strfmon_l(buf, sizeof buf, LC_GLOBAL_LOCALE, "%n", 5.0) == 4 && !strcmp(buf, "5.00"));
	errno = 0;
	CHECK(strfmon(buf, 5, "%n", 1234.5) == -1 && errno == E2BIG);
	CHECK(strfmon(buf, 5, "%n", 1.5) == 4 && !strcmp(buf, "1.50"));
	errno = 0;
	CHECK(strfmon(buf, 0, "", 1.5) == -1 && errno == E2BIG);
	errno = 0;
	CHECK(strfmon(buf, sizeof buf, "% n", 1.5) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(strfmon(buf, sizeof buf, "%q", 1.5) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(strfmon(buf, sizeof buf, "%+(n", 1.5) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(strfmon(buf, sizeof buf, "%#n", 1.5) == -1 && errno == EINVAL);
}

int main(void)
{
	langinfo();
	monetary();
	return check_result();
}
