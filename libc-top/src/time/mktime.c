#include <errno.h>
#include "time_impl.h"

/* C17 7.27.2.3: local time (UTC here, so tm_isdst has nothing to select)
   to time_t, normalising every field of tm. */
time_t mktime(struct tm *tm)
{
	long long t;
	struct tm out;
	if (__tm_to_secs(tm, &t) < 0 || __secs_to_tm(t, &out) < 0) {
		errno = EOVERFLOW;
		return -1;
	}
	out.__tm_gmtoff = 0;
	out.__tm_zone = LOCAL_ZONE;
	*tm = out;
	return t;
}
