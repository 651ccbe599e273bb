#include "sleep_impl.h"

/* One wait on the monotonic clock; some hosts (Node) end it a little early,
   so the time is measured and what is left waited again. */
static __wasi_errno_t wait_once(__wasi_timestamp_t ns)
{
	__wasi_subscription_t sub = {
		.userdata = 0,
		.u.tag = __WASI_EVENTTYPE_CLOCK,
		.u.u.clock = { .id = __WASI_CLOCKID_MONOTONIC, .timeout = ns, .precision = 0, .flags = 0 },
	};
	__wasi_event_t ev;
	__wasi_size_t n;
	__wasi_errno_t e = __wasi_poll_oneoff(&sub, &ev, 1, &n);
	return e ? e : n == 1 ? ev.error : 0;
}

hidden __wasi_errno_t __sleep(__wasi_timestamp_t ns)
{
	__wasi_timestamp_t start, now;
	if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &start))
		return wait_once(ns);
	for (__wasi_timestamp_t left = ns;;) {
		__wasi_errno_t e = wait_once(left);
		if (e || __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &now) || now - start >= ns)
			return e;
		left = ns - (now - start);
	}
}
