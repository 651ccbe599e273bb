/* What every POSIX function over WASI needs: the WASI declarations and the
   one place where a WASI error becomes errno. */
#ifndef _INTERNAL_SYSCALL_H
#define _INTERNAL_SYSCALL_H

#include <errno.h>
#include <wasi/api.h>
#include "libc.h"

/* Sets errno from a WASI error and returns -1. The values already agree
   except for ENOTCAPABLE, which portable code does not know: a missing
   capability (a path that leaves the preopened directories, a right the
   descriptor lacks) is reported as the permission error it amounts to. */
static inline int __wasi_fail(__wasi_errno_t e)
{
	errno = e == __WASI_ERRNO_NOTCAPABLE ? EACCES : e;
	return -1;
}

/* 0, or -1 with errno: for the calls that return nothing else. */
static inline int __wasi_result(__wasi_errno_t e)
{
	return e ? __wasi_fail(e) : 0;
}

/* The WASI file type of an open host descriptor, or -1 if it is not open:
   what a function consults to turn the host's EBADF or ENOTCAPABLE into the
   error POSIX gives for that kind of file (EISDIR, ESPIPE, EINVAL). */
hidden int __wasi_fd_type(int fd);

#endif
