#include <errno.h>
#include <time.h>
#include "clock_impl.h"

/* WASI cannot set clocks: the realtime clock needs a privilege no WASI
   program has (EPERM); the others cannot be set at all (EINVAL). */
int clock_settime(clockid_t clk, const struct timespec *ts)
{
	if (__clock_id(clk) < 0)
		return -1;
	if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000 || clk != CLOCK_REALTIME) {
		errno = EINVAL;
		return -1;
	}
	errno = EPERM;
	return -1;
}
