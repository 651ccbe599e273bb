#include <errno.h>
#include "time_impl.h"

struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict tm)
{
	if (__secs_to_tm(*t, tm) < 0) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->__tm_gmtoff = 0;
	tm->__tm_zone = "GMT";
	return tm;
}
