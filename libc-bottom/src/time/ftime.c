#include "misc_impl.h"
#include "syscall.h"

/* No time zone is known: UTC, no daylight saving time. */
int ftime(struct timeb *tb)
{
	__wasi_timestamp_t t = 0;
	__wasi_errno_t e = __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1000000, &t);
	tb->time = (time_t)(t / 1000000000);
	tb->millitm = (unsigned short)(t % 1000000000 / 1000000);
	tb->timezone = 0;
	tb->dstflag = 0;
	return e ? __wasi_fail(e) : 0;
}
