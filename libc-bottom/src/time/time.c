#include <time.h>
#include "syscall.h"

time_t time(time_t *out)
{
	__wasi_timestamp_t t = 0;
	/* Second precision is all time() returns; let the host be coarse. */
	__wasi_errno_t e = __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1000000000, &t);
	time_t s = e ? (time_t)__wasi_fail(e) : (time_t)(t / 1000000000);
	if (out)
		*out = s;
	return s;
}
