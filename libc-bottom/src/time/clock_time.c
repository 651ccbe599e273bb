#include "clock_impl.h"

/* The start of the program on the monotonic clock, read before main. */
static __wasi_timestamp_t start;

__attribute__((__constructor__)) static void init(void)
{
	if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &start))
		start = 0;
}

hidden __wasi_errno_t __clock_time(__wasi_clockid_t id, __wasi_timestamp_t precision,
                                   __wasi_timestamp_t *out)
{
	__wasi_errno_t e = __wasi_clock_time_get(id, precision, out);
	if (e && (id == __WASI_CLOCKID_PROCESS_CPUTIME_ID || id == __WASI_CLOCKID_THREAD_CPUTIME_ID)) {
		e = __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, precision, out);
		if (!e)
			*out -= *out > start ? start : *out;
	}
	return e;
}
