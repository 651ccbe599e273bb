#include <limits.h>
#include "time_impl.h"

hidden const char __day_names[7][10] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
};
hidden const char __month_names[12][10] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

/* Counting years from March makes February the last month, so leap days
   fall at the end of a year; a 400-year era has 146097 days. */
hidden long long __days_from_civil(long long y, int m, int d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long mp = (m + 9) % 12;
	long long doy = (153 * mp + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int is_leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

hidden int __secs_to_tm(long long t, struct tm *tm)
{
	long long days = t / 86400, secs = t % 86400;
	if (secs < 0) {
		secs += 86400;
		days--;
	}
	long long z = days + 719468;
	long long era = (z >= 0 ? z : z - 146096) / 146097;
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	int mday = (int)(doy - (153 * mp + 2) / 5 + 1);
	int mon = (int)(mp < 10 ? mp + 3 : mp - 9);
	long long year = yoe + era * 400 + (mon <= 2);
	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN)
		return -1;
	static const short before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	tm->tm_year = (int)(year - 1900);
	tm->tm_mon = mon - 1;
	tm->tm_mday = mday;
	tm->tm_yday = before[mon - 1] + mday - 1 + (mon > 2 && is_leap(year));
	tm->tm_wday = (int)(((days + 4) % 7 + 7) % 7);
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_isdst = 0;
	return 0;
}

hidden int __tm_to_secs(const struct tm *tm, long long *t)
{
	/* Fold the month into the year first, so that any tm_mon works. */
	long long year = (long long)tm->tm_year + 1900 + tm->tm_mon / 12;
	int mon = tm->tm_mon % 12;
	if (mon < 0) {
		mon += 12;
		year--;
	}
	/* Every term stays far inside long long: |year| < 2^32, days < 2^42. */
	long long days = __days_from_civil(year, mon + 1, 1) + tm->tm_mday - 1;
	*t = days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
	return 0;
}
