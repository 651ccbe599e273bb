#include <errno.h>
#include <stdint.h>
#include <time.h>
#include "clock_impl.h"
#include "sleep_impl.h"

#define NS 1000000000

static __wasi_timestamp_t to_ns(const struct timespec *t)
{
	return (unsigned long long)t->tv_sec > (UINT64_MAX - (NS - 1)) / NS
	       ? UINT64_MAX : (__wasi_timestamp_t)t->tv_sec * NS + (__wasi_timestamp_t)t->tv_nsec;
}

/* Returns the error number (POSIX). No signal can interrupt the sleep, so
   `rem` is never written. A CPU-time clock cannot be slept on: EINVAL for
   the calling thread's (POSIX), ENOTSUP for the process's. An absolute
   time is waited for by relative sleeps until the clock reaches it, so
   that a change of the realtime clock is seen when the sleep ends. */
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	int saved = errno;
	int id = __clock_id(clk);
	errno = saved;
	if (id < 0 || id == __WASI_CLOCKID_THREAD_CPUTIME_ID)
		return EINVAL;
	if (id == __WASI_CLOCKID_PROCESS_CPUTIME_ID)
		return ENOTSUP;
	if (req->tv_nsec < 0 || req->tv_nsec >= NS || (flags & ~TIMER_ABSTIME))
		return EINVAL;
	if (!(flags & TIMER_ABSTIME))
		return req->tv_sec < 0 ? EINVAL : (int)__sleep(to_ns(req));
	if (req->tv_sec < 0)
		return 0;
	__wasi_timestamp_t until = to_ns(req), now;
	for (;;) {
		__wasi_errno_t e = __wasi_clock_time_get((__wasi_clockid_t)id, 1, &now);
		if (e || now >= until)
			return e;
		e = __sleep(until - now);
		if (e)
			return e;
	}
}
