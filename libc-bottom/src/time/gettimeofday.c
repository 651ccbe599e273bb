#include <sys/time.h>
#include "syscall.h"

/* The time zone argument is obsolete (POSIX leaves it unspecified) and
   left alone. */
int gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	if (!tv)
		return 0;
	__wasi_timestamp_t t;
	__wasi_errno_t e = __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1000, &t);
	if (e)
		return __wasi_fail(e);
	tv->tv_sec = (time_t)(t / 1000000000);
	tv->tv_usec = (suseconds_t)(t % 1000000000 / 1000);
	return 0;
}
