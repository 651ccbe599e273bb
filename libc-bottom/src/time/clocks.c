#include "clock_impl.h"

const struct __clockid _CLOCK_REALTIME = { __WASI_CLOCKID_REALTIME };
const struct __clockid _CLOCK_MONOTONIC = { __WASI_CLOCKID_MONOTONIC };
const struct __clockid _CLOCK_PROCESS_CPUTIME_ID = { __WASI_CLOCKID_PROCESS_CPUTIME_ID };
const struct __clockid _CLOCK_THREAD_CPUTIME_ID = { __WASI_CLOCKID_THREAD_CPUTIME_ID };
