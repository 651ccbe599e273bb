#ifndef _INTERNAL_CLOCK_IMPL_H
#define _INTERNAL_CLOCK_IMPL_H

#include <time.h>
#include <wasi/api.h>

/* What a clockid_t points to (see time.h). */
struct __clockid {
	__wasi_clockid_t id;
};

#endif
