#ifndef _INTERNAL_TIMEVAL_IMPL_H
#define _INTERNAL_TIMEVAL_IMPL_H

#include <sys/time.h>
#include "libc.h"

/* Converts the timeval pair of utimes and its kin (0: now). Returns the
   array to pass to utimensat, or 0; sets errno EINVAL and returns
   (void *)-1 for a tv_usec out of range. */
hidden struct timespec *__timeval_pair(const struct timeval *, struct timespec[2]);

#endif
