#include <errno.h>
#include "time_impl.h"

struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict tm)
{
	struct tz_period p;
	__tz_lock();
	__tz_period(*t, &p);
	__tz_unlock();
	long long local;
	if (__builtin_add_overflow(*t, p.off, &local) || __secs_to_tm(local, tm) < 0) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_isdst = p.isdst;
	tm->__tm_gmtoff = p.off;
	tm->__tm_zone = p.name;
	return tm;
}
