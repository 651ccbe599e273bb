#include <errno.h>
#include <stdio.h>
#include "time_impl.h"

/* C17 7.27.3.1 gives the exact format: "Sun Sep 16 01:03:52 1973\n".
   Fields outside the ranges it assumes are refused with EOVERFLOW rather
   than overrunning the 26 bytes POSIX callers provide. */
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf)
{
	if ((unsigned)tm->tm_wday > 6 || (unsigned)tm->tm_mon > 11 || tm->tm_year > 9999 - 1900
	    || tm->tm_year < -1900 || (unsigned)tm->tm_mday > 99 || (unsigned)tm->tm_hour > 99
	    || (unsigned)tm->tm_min > 99 || (unsigned)tm->tm_sec > 99) {
		errno = EOVERFLOW;
		return 0;
	}
	snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", __day_names[tm->tm_wday],
	         __month_names[tm->tm_mon], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
	         1900 + tm->tm_year);
	return buf;
}
