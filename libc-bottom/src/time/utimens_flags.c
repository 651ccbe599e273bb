#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include "times_impl.h"

static int one(const struct timespec *t, __wasi_timestamp_t *out, __wasi_fstflags_t *fl,
               __wasi_fstflags_t set, __wasi_fstflags_t now)
{
	*out = 0;
	if (!t || t->tv_nsec == UTIME_NOW) {
		*fl |= now;
		return 0;
	}
	if (t->tv_nsec == UTIME_OMIT)
		return 0;
	if (t->tv_nsec < 0 || t->tv_nsec >= 1000000000 || t->tv_sec < 0
	    || (unsigned long long)t->tv_sec > (UINT64_MAX - 999999999) / 1000000000) {
		errno = EINVAL;
		return -1;
	}
	*out = (__wasi_timestamp_t)t->tv_sec * 1000000000 + (__wasi_timestamp_t)t->tv_nsec;
	*fl |= set;
	return 0;
}

hidden int __utimens_flags(const struct timespec *t, __wasi_timestamp_t *atim,
                           __wasi_timestamp_t *mtim, __wasi_fstflags_t *fl)
{
	*fl = 0;
	if (one(t ? &t[0] : 0, atim, fl, __WASI_FSTFLAGS_ATIM, __WASI_FSTFLAGS_ATIM_NOW) < 0)
		return -1;
	return one(t ? &t[1] : 0, mtim, fl, __WASI_FSTFLAGS_MTIM, __WASI_FSTFLAGS_MTIM_NOW);
}
