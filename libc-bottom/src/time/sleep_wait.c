#include "sleep_impl.h"

hidden __wasi_errno_t __sleep(__wasi_timestamp_t ns)
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
