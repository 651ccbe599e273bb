#include <stdio.h>
#include "path.h"
#include "syscall.h"

int renameat(int olddirfd, const char *old, int newdirfd, const char *new)
{
	struct __path o, n;
	if (__path_resolve(olddirfd, old, &o) < 0)
		return -1;
	if (__path_resolve(newdirfd, new, &n) < 0) {
		__path_done(&o);
		return -1;
	}
	__wasi_errno_t e = __wasi_path_rename(o.fd, o.rel, n.fd, n.rel);
	__path_done(&o);
	__path_done(&n);
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
