#ifndef _INTERNAL_SLEEP_IMPL_H
#define _INTERNAL_SLEEP_IMPL_H

#include <wasi/api.h>
#include "libc.h"

/* Waits `ns` nanoseconds on the monotonic clock. Every sleep is one of
   these: Node hangs on a relative wait on the realtime clock and on any
   absolute wait, and a duration is the same on every clock. Returns the
   WASI error. */
hidden __wasi_errno_t __sleep(__wasi_timestamp_t ns);

#endif
