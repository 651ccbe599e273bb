#include <time.h>
#include "syscall.h"

/* C17 7.27.2.5: TIME_UTC is the only base; 0 for any other. */
int timespec_get(struct timespec *ts, int base)
{
	__wasi_timestamp_t t;
	if (base != TIME_UTC || __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t))
		return 0;
	ts->tv_sec = (time_t)(t / 1000000000);
	ts->tv_nsec = (long)(t % 1000000000);
	return base;
}
