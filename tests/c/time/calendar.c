#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include "check.h"

static void unescape(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (s[0] == '\\' && (s[1] == 't' || s[1] == 'n')) {
			*o++ = s[1] == 't' ? '\t' : '\n';
			s++;
		} else {
			*o++ = *s;
		}
	}
	*o = 0;
}

/* strftime against glibc's output (generated on the host by Python's
   time.strftime over gmtime) for 317 instants and every conversion. */
static void strftime_vs_glibc(void)
{
	FILE *f = fopen("/tests/c/time/strftime.txt", "r");
	CHECK(f != 0);
	if (!f)
		return;
	char line[512];
	int n = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		char *fmt = strchr(line, '\t'), *want;
		if (!fmt || !(want = strchr(fmt + 1, '\t')))
			continue;
		*fmt++ = 0;
		*want++ = 0;
		unescape(fmt);
		unescape(want);
		time_t t = atoll(line);
		struct tm tm;
		char got[256];
		CHECK(gmtime_r(&t, &tm) == &tm);
		CHECK(strftime(got, sizeof got, fmt, &tm) == strlen(want));
		if (strcmp(got, want)) {
			check_put(line);
			check_put(": ");
			CHECK_STR(got, want);
		}
		n++;
	}
	fclose(f);
	CHECK(n > 3000);
}

int main(void)
{
	struct tm tm;
	time_t t = 0;
	CHECK(gmtime_r(&t, &tm) && tm.tm_year == 70 && tm.tm_mon == 0 && tm.tm_mday == 1
	      && tm.tm_wday == 4 && tm.tm_yday == 0 && tm.tm_hour == 0);
	t = -1;
	CHECK(gmtime_r(&t, &tm) && tm.tm_year == 69 && tm.tm_mon == 11 && tm.tm_mday == 31
	      && tm.tm_wday == 3 && tm.tm_yday == 364 && tm.tm_sec == 59);
	t = 951782400; /* 2000-02-29 */
	CHECK(gmtime_r(&t, &tm) && tm.tm_mon == 1 && tm.tm_mday == 29 && tm.tm_yday == 59);
	/* round trips, far into the past and future */
	unsigned x = 3;
	for (int i = 0; i < 20000; i++) {
		x = x * 1103515245u + 12345u;
		long long r = ((long long)x << 20 ^ x) % 400000000000LL - 200000000000LL;
		t = r;
		CHECK(gmtime_r(&t, &tm) != 0);
		CHECK(timegm(&tm) == t);
		struct tm next;
		time_t t2 = t + 86400;
		gmtime_r(&t2, &next);
		CHECK(next.tm_wday == (tm.tm_wday + 1) % 7);
	}
	/* mktime normalises out-of-range fields (C17 7.27.2.3 example) */
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 2001 - 1900;
	tm.tm_mon = 6;
	tm.tm_mday = 4 + 100; /* 100 days after July 4th */
	tm.tm_hour = 25;
	tm.tm_min = -30;
	t = mktime(&tm);
	CHECK(t != -1 && tm.tm_mon == 9 && tm.tm_mday == 13 && tm.tm_hour == 0 && tm.tm_min == 30);
	CHECK(tm.tm_wday == 6 && tm.tm_yday == 285);
	tm.tm_mon = -13;
	t = mktime(&tm);
	CHECK(tm.tm_year == 99 && tm.tm_mon == 11);
	CHECK(difftime(10, 4) == 6.0);

	/* asctime/ctime's exact format */
	t = 116989432; /* 1973-09-16 01:03:52 */
	char buf[26];
	CHECK_STR(asctime_r(gmtime_r(&t, &tm), buf), "Sun Sep 16 01:03:52 1973\n");
	CHECK_STR(ctime(&t), "Sun Sep 16 01:03:52 1973\n");
	tm.tm_year = 20000;
	errno = 0;
	CHECK(asctime_r(&tm, buf) == 0 && errno == EOVERFLOW);

	strftime_vs_glibc();
	gmtime_r(&t, &tm);
	char out[64];
	CHECK(strftime(out, sizeof out, "%Z %z", &tm) == 9);
	CHECK_STR(out, "GMT +0000");
	CHECK(strftime(out, 5, "%Y-%m", &tm) == 0);
	CHECK(strftime(out, sizeof out, "%+4Y|%+6Y|%F", &tm) == 22);
	CHECK_STR(out, "1973|001973|1973-09-16");
	tm.tm_year = 12345 - 1900;
	strftime(out, sizeof out, "%+4Y %F", &tm);
	CHECK_STR(out, "+12345 +12345-09-16");
	wchar_t w[64];
	CHECK(wcsftime(w, 64, L"%Y-%m-%d %A", gmtime_r(&t, &tm)) == 17);
	CHECK(!wcscmp(w, L"1973-09-16 Sunday"));

	/* strptime */
	memset(&tm, 0, sizeof tm);
	char *end = strptime("  2024-02-29T13:45:07 rest", "%Y-%m-%dT%H:%M:%S", &tm);
	CHECK(end && !strcmp(end, " rest"));
	CHECK(tm.tm_year == 124 && tm.tm_mon == 1 && tm.tm_mday == 29 && tm.tm_hour == 13 && tm.tm_sec == 7);
	CHECK(strptime("Thu, 01 Feb 99 11:05 pm", "%a, %d %b %y %I:%M %p", &tm));
	CHECK(tm.tm_wday == 4 && tm.tm_year == 99 && tm.tm_mon == 1 && tm.tm_hour == 23);
	CHECK(strptime("05", "%y", &tm) && tm.tm_year == 105);
	CHECK(strptime("19 05", "%C %y", &tm) && tm.tm_year == 5);
	CHECK(strptime("12:00 AM", "%I:%M %p", &tm) && tm.tm_hour == 0);
	CHECK(strptime("+0530", "%z", &tm) && tm.tm_gmtoff == 19800);
	CHECK(strptime("13/01/2020", "%m/%d/%Y", &tm) == 0);
	CHECK(strptime("Sun Sep 16 01:03:52 1973", "%c", &tm) && tm.tm_mday == 16 && tm.tm_year == 73);
	CHECK(strptime("100%", "%j%%", &tm) && tm.tm_yday == 99);
	return check_result();
}
