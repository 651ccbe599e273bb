#include <unistd.h>
#include "syscall.h"

/* POSIX.1-2024: at most 256 bytes per call, EINVAL beyond. */
int getentropy(void *buf, size_t n)
{
	if (n > 256) {
		errno = EINVAL;
		return -1;
	}
	__wasi_errno_t e = __wasi_random_get(buf, n);
	return e ? __wasi_fail(e) : 0;
}
