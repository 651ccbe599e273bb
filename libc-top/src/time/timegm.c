#include <errno.h>
#include "time_impl.h"

/* The inverse of gmtime: normalises tm like mktime, in UTC. */
time_t timegm(struct tm *tm)
{
	long long t;
	struct tm out;
	if (__tm_to_secs(tm, &t) < 0 || __secs_to_tm(t, &out) < 0) {
		errno = EOVERFLOW;
		return -1;
	}
	out.__tm_gmtoff = 0;
	out.__tm_zone = "GMT";
	*tm = out;
	return t;
}
