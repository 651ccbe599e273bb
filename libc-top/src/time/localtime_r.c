#include <errno.h>
#include "time_impl.h"

/* Local time is UTC: WASI gives no time zone, and TZ is not read yet. */
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict tm)
{
	if (__secs_to_tm(*t, tm) < 0) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->__tm_gmtoff = 0;
	tm->__tm_zone = LOCAL_ZONE;
	return tm;
}
