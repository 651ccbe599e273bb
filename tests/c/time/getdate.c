/* getdate: the DATEMSK errors 1-5 and 7-8, exact dates, and the POSIX
   rules that fill the fields the input leaves out from the current time
   (XSH getdate: a lone weekday or month moves into the future, a time
   without a date the same). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include "check.h"

static const char *templates =
	"%Y-%m-%d %H:%M:%S\n"
	"%H:%M\n"
	"%A\n"
	"%B\n"
	"%a %H\n"
	"%b %a %Y\n"
	"%b %H:%M\n"
	"%Y\n"
	"%j %Y";

static struct tm now(void)
{
	time_t t = time(0);
	struct tm tm;
	localtime_r(&t, &tm);
	return tm;
}

static int days_from_today(const struct tm *r, const struct tm *today)
{
	struct tm a = *r, b = *today;
	a.tm_hour = b.tm_hour = 12;
	a.tm_min = b.tm_min = a.tm_sec = b.tm_sec = 0;
	a.tm_isdst = b.tm_isdst = -1;
	return (int)((mktime(&a) - mktime(&b) + 43200) / 86400);
}

int main(void)
{
	static const char *const days[] = { "Sunday", "Monday", "Tuesday", "Wednesday",
	                                    "Thursday", "Friday", "Saturday" };
	static const char *const months[] = { "January", "February", "March", "April", "May",
	                                      "June", "July", "August", "September", "October",
	                                      "November", "December" };
	struct tm *r;

	unsetenv("DATEMSK");
	CHECK(!getdate("12:00") && getdate_err == 1);
	setenv("DATEMSK", "", 1);
	CHECK(!getdate("12:00") && getdate_err == 1);
	setenv("DATEMSK", "/tmp/missing", 1);
	CHECK(!getdate("12:00") && getdate_err == 2);
	CHECK(mkdir("/tmp/dir", 0755) == 0);
	setenv("DATEMSK", "/tmp/dir", 1);
	CHECK(!getdate("12:00") && getdate_err == 4);

	FILE *f = fopen("/tmp/datemsk", "w");
	CHECK(f && fputs(templates, f) >= 0 && fclose(f) == 0);
	setenv("DATEMSK", "/tmp/datemsk", 1);

	r = getdate("2021-03-04 05:06:07");
	CHECK(r && r->tm_year == 121 && r->tm_mon == 2 && r->tm_mday == 4 && r->tm_hour == 5 &&
	      r->tm_min == 6 && r->tm_sec == 7 && r->tm_wday == 4 && r->tm_yday == 62);
	r = getdate("2024-02-29 00:00:00  ");
	CHECK(r && r->tm_mon == 1 && r->tm_mday == 29);
	CHECK(!getdate("2023-02-29 00:00:00") && getdate_err == 8);
	CHECK(!getdate("2021-04-31 10:00:00") && getdate_err == 8);
	CHECK(!getdate("not a date") && getdate_err == 7);
	CHECK(!getdate("2021-03-04 05:06:07 trailing") && getdate_err == 7);

	/* POSIX's examples that need no current date: the first Wednesday of
	   January 1989, the first Monday of December 1986 */
	r = getdate("Jan Wed 1989");
	CHECK(r && r->tm_year == 89 && r->tm_mon == 0 && r->tm_mday == 4 && r->tm_wday == 3);
	r = getdate("dec mon 1986");
	CHECK(r && r->tm_year == 86 && r->tm_mon == 11 && r->tm_mday == 1 && r->tm_wday == 1);
	r = getdate("1999");
	CHECK(r && r->tm_year == 99 && r->tm_mon == 0 && r->tm_mday == 1);
	r = getdate("060 2021");
	CHECK(r && r->tm_year == 121 && r->tm_mon == 2 && r->tm_mday == 1);

	/* the rest depends on the clock: retry should the hour turn meanwhile */
	for (int attempt = 0; attempt < 3; attempt++) {
		struct tm t0 = now();
		int failures = check_failures;
		for (int d = 0; d < 7; d++) {
			r = getdate(days[d]);
			CHECK(r && r->tm_wday == d && r->tm_hour == t0.tm_hour);
			if (r) {
				int ahead = days_from_today(r, &t0);
				CHECK(ahead == (d - t0.tm_wday + 7) % 7);
			}
		}
		for (int m = 0; m < 12; m++) {
			r = getdate(months[m]);
			CHECK(r && r->tm_mon == m && r->tm_mday == 1 && r->tm_hour == t0.tm_hour &&
			      r->tm_year == t0.tm_year + (m < t0.tm_mon));
		}
		char buf[16];
		if (t0.tm_hour > 0) {
			snprintf(buf, sizeof buf, "%02d:30", t0.tm_hour - 1);
			r = getdate(buf);
			CHECK(r && r->tm_hour == t0.tm_hour - 1 && r->tm_min == 30 && r->tm_sec == 0 &&
			      days_from_today(r, &t0) == 1);
		}
		snprintf(buf, sizeof buf, "%02d:59", t0.tm_hour);
		r = getdate(buf);
		CHECK(r && r->tm_hour == t0.tm_hour && days_from_today(r, &t0) == 0);
		r = getdate("Fri 9");
		CHECK(r && r->tm_wday == 5 && r->tm_hour == 9 && r->tm_min == 0 && r->tm_sec == 0 &&
		      days_from_today(r, &t0) == (5 - t0.tm_wday + 7) % 7);
		snprintf(buf, sizeof buf, "%s 10:30", months[(t0.tm_mon + 11) % 12]);
		r = getdate(buf);
		CHECK(r && r->tm_mday == 1 && r->tm_hour == 10 && r->tm_min == 30 &&
		      r->tm_year == t0.tm_year + (t0.tm_mon > 0));
		struct tm t1 = now();
		if (t1.tm_hour == t0.tm_hour && t1.tm_mday == t0.tm_mday)
			break;
		check_failures = failures;
	}
	return check_result();
}
