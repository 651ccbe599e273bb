#include <time.h>
#include "clock_impl.h"
#include "syscall.h"

int clock_getres(clockid_t clk, struct timespec *ts)
{
	int id = __clock_id(clk);
	if (id < 0)
		return -1;
	__wasi_timestamp_t r;
	__wasi_errno_t e = __wasi_clock_res_get((__wasi_clockid_t)id, &r);
	/* A CPU-time clock the host lacks runs on the monotonic clock. */
	if (e && id != __WASI_CLOCKID_REALTIME && id != __WASI_CLOCKID_MONOTONIC)
		e = __wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &r);
	if (e)
		return __wasi_fail(e);
	if (ts) {
		ts->tv_sec = (time_t)(r / 1000000000);
		ts->tv_nsec = (long)(r % 1000000000);
	}
	return 0;
}
