/* What every POSIX function over WASI needs: the WASI declarations and the
   one place where a WASI error becomes errno. */
#ifndef _INTERNAL_SYSCALL_H
#define _INTERNAL_SYSCALL_H

#include <errno.h>
#include <wasi/api.h>
#include "libc.h"

/* Sets errno from a WASI error and returns -1. The values already agree
   except for ENOTCAPABLE, which portable code does not know: a missing
   capability is reported as the permission error it amounts to. */
static inline int __wasi_fail(__wasi_errno_t e)
{
	errno = e == __WASI_ERRNO_NOTCAPABLE ? EACCES : e;
	return -1;
}

#endif
