#include <errno.h>
#include <limits.h>
#include <sys/random.h>
#include "syscall.h"

/* The host's random source never runs short: GRND_NONBLOCK and
   GRND_RANDOM change nothing, and the whole buffer is filled. */
ssize_t getrandom(void *buf, size_t len, unsigned flags)
{
	if (flags & ~(unsigned)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) {
		errno = EINVAL;
		return -1;
	}
	if (len > SSIZE_MAX)
		len = SSIZE_MAX;
	__wasi_errno_t e = __wasi_random_get(buf, len);
	return e ? __wasi_fail(e) : (ssize_t)len;
}
