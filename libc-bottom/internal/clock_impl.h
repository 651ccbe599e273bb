#ifndef _INTERNAL_CLOCK_IMPL_H
#define _INTERNAL_CLOCK_IMPL_H

#include <time.h>
#include <wasi/api.h>
#include "libc.h"

/* What a clockid_t points to (see time.h). */
struct __clockid {
	__wasi_clockid_t id;
};

/* The WASI clock of a clockid_t, or -1 with errno EINVAL for anything
   that is not one of the four clocks. */
hidden int __clock_id(clockid_t);

/* clock_time_get, with the CPU-time clocks that a host lacks (wasmtime)
   counted by the monotonic clock from the start of the program: the
   process never waits for a CPU, so its CPU time is its running time,
   sleeps included (docs/posix.md). */
hidden __wasi_errno_t __clock_time(__wasi_clockid_t, __wasi_timestamp_t precision,
                                   __wasi_timestamp_t *);

/* The process id that the getpid emulation reports, which the other
   process emulations (kill, clock_getcpuclockid) accept as "self". */
#define __WASI_EMULATED_PID 42

#endif
