#ifndef _INTERNAL_TIMES_IMPL_H
#define _INTERNAL_TIMES_IMPL_H

#include <time.h>
#include <wasi/api.h>
#include "libc.h"

/* Turns the times argument of utimensat/futimens (UTIME_NOW and
   UTIME_OMIT included; 0 for "now" for both) into WASI timestamps and
   fstflags. Returns 0, or -1 with EINVAL for a tv_nsec out of range or a
   time before 1970, which WASI timestamps cannot hold. */
hidden int __utimens_flags(const struct timespec *, __wasi_timestamp_t *atim,
                           __wasi_timestamp_t *mtim, __wasi_fstflags_t *);

#endif
