//! env: TZDIR=/tests/c/time/zoneinfo
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "check.h"

/* Local time against glibc: tz.txt is written by gen_tz.py from the
   host's glibc, for zone files (copied from the host's zoneinfo, or
   written by the script) and TZ strings; see its first lines. */

static char line[512];
static int lines;

static void fail(const char *got)
{
	check_fail(__FILE__, __LINE__, "tz.txt line");
	check_put("    want: ");
	check_put(line);
	check_put("\n    got:  ");
	check_put(got);
	check_put("\n");
}

static void show(char *buf, size_t n, const struct tm *tm)
{
	snprintf(buf, n, "%d-%02d-%02d %02d:%02d:%02d\t%d\t%ld\t%s", tm->tm_year + 1900, tm->tm_mon + 1,
	         tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_isdst, tm->tm_gmtoff,
	         tm->tm_zone);
}

static void settz(const char *tz)
{
	static char cur[256] = "\1";
	if (strcmp(tz, cur)) {
		snprintf(cur, sizeof cur, "%s", tz);
		setenv("TZ", tz, 1);
		tzset();
	}
}

static void one(char **f, int n)
{
	char got[256], want[256];
	settz(f[1]);
	if (*f[0] == 'N' && n == 6) {
		snprintf(got, sizeof got, "%s\t%s\t%ld\t%d", tzname[0], tzname[1], timezone, daylight);
		snprintf(want, sizeof want, "%s\t%s\t%s\t%s", f[2], f[3], f[4], f[5]);
	} else if (*f[0] == 'L' && n == 7) {
		time_t t = strtoll(f[2], 0, 10);
		struct tm tm;
		if (!localtime_r(&t, &tm)) {
			fail("localtime_r failed");
			return;
		}
		show(got, sizeof got, &tm);
		snprintf(want, sizeof want, "%s\t%s\t%s\t%s", f[3], f[4], f[5], f[6]);
	} else if (*f[0] == 'M' && (n == 9 || n == 10)) {
		struct tm tm = { 0 };
		sscanf(f[2], "%d %d %d %d %d %d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
		       &tm.tm_min, &tm.tm_sec);
		tm.tm_year -= 1900;
		tm.tm_mon--;
		tm.tm_isdst = atoi(f[3]);
		long long t = mktime(&tm);
		if (n == 10 && t == strtoll(f[9], 0, 10))
			return; /* the answer glibc gives after other calls */
		char s[200];
		show(s, sizeof s, &tm);
		snprintf(got, sizeof got, "%lld\t%s", t, s);
		snprintf(want, sizeof want, "%s\t%s\t%s\t%s\t%s", f[4], f[5], f[6], f[7], f[8]);
	} else {
		fail("malformed line");
		return;
	}
	if (strcmp(got, want))
		fail(got);
}

static void against_glibc(void)
{
	FILE *fp = fopen("/tests/c/time/tz.txt", "r");
	CHECK(fp != 0);
	if (!fp)
		return;
	while (fgets(line, sizeof line, fp)) {
		line[strcspn(line, "\n")] = 0;
		char copy[512], *f[12];
		int n = 0;
		strcpy(copy, line);
		for (char *p = copy; n < 12;) {
			f[n++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = 0;
		}
		one(f, n);
		lines++;
	}
	fclose(fp);
	CHECK(lines > 4000);
}

/* What glibc does not decide for us. */
static void ours(void)
{
	time_t t = 1700000000;
	struct tm tm, want;
	char buf[64];

	/* Unset or empty: UTC, WASI having no system zone. */
	unsetenv("TZ");
	tzset();
	CHECK_STR(tzname[0], "UTC");
	CHECK(localtime_r(&t, &tm) && tm.tm_gmtoff == 0 && !strcmp(tm.tm_zone, "UTC"));
	settz("");
	CHECK(localtime_r(&t, &tm) && tm.tm_gmtoff == 0 && !strcmp(tm.tm_zone, "UTC"));

	/* A path, and a name with a leading ':', read the same file. */
	settz("Europe/London");
	localtime_r(&t, &want);
	settz("/tests/c/time/zoneinfo/Europe/London");
	CHECK(localtime_r(&t, &tm) && tm.tm_hour == want.tm_hour && !strcmp(tm.tm_zone, "GMT"));

	/* ".." may not climb out of TZDIR: refused, UTC under the name. */
	settz("../zoneinfo/Europe/London");
	CHECK(localtime_r(&t, &tm) && tm.tm_gmtoff == 0);
	settz("Europe/../Europe/London");
	CHECK(localtime_r(&t, &tm) && tm.tm_gmtoff == 0 && !strcmp(tm.tm_zone, "Europe"));

	/* localtime follows TZ without tzset, and tm_zone outlives a change. */
	setenv("TZ", "America/New_York", 1);
	const char *zone = localtime(&t)->tm_zone;
	setenv("TZ", "Asia/Kolkata", 1);
	CHECK(localtime_r(&t, &tm) && !strcmp(tm.tm_zone, "IST"));
	CHECK_STR(zone, "EST");

	/* strftime %Z and %z, ctime */
	settz("Asia/Kolkata");
	localtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%H:%M %Z %z", &tm);
	CHECK_STR(buf, "03:43 IST +0530");
	CHECK_STR(ctime(&t), "Wed Nov 15 03:43:20 2023\n");
	settz("<-0330>3:30");
	localtime_r(&t, &tm);
	strftime(buf, sizeof buf, "%Z %z", &tm);
	CHECK_STR(buf, "-0330 -0330");

	/* POSIX 2024: a start at 0/0 and an end at J365/25 is daylight time
	   all year, also across the new year (glibc is an hour off there). */
	const char *all[] = { "EST5EDT,0/0,J365/25", "Test/AllDST" };
	for (int i = 0; i < 2; i++) {
		settz(all[i]);
		int bad = 0;
		for (t = 1672531200 - 3 * 86400; t < 1704067200 + 3 * 86400; t += 1800)
			bad += !localtime_r(&t, &tm) || !tm.tm_isdst || tm.tm_gmtoff != -14400;
		CHECK(bad == 0);
		memset(&tm, 0, sizeof tm);
		tm.tm_year = 124;
		tm.tm_mday = 1;
		tm.tm_hour = 1;
		tm.tm_isdst = -1;
		CHECK(mktime(&tm) == 1704085200 && tm.tm_isdst == 1);
	}

	/* times too large for tm_year */
	settz("Europe/London");
	t = (time_t)1 << 62;
	CHECK(!localtime_r(&t, &tm));
}

static void *worker(void *arg)
{
	struct tm tm;
	for (time_t t = 0; t < 400 * 86400; t += 3600)
		if (!localtime_r(&t, &tm))
			return arg;
	return 0;
}

/* localtime_r is safe from threads (where the target has them). */
static void threads(void)
{
	pthread_t th;
	settz("Europe/Dublin");
	if (pthread_create(&th, 0, worker, &th) == 0) {
		void *r = &th;
		pthread_join(th, &r);
		CHECK(r == 0);
	}
	CHECK(worker(&th) == 0);
}

int main(void)
{
	against_glibc();
	ours();
	threads();
	return check_result();
}
