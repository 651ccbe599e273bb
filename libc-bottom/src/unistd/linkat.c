#include <fcntl.h>
#include <unistd.h>
#include "path.h"
#include "syscall.h"

int linkat(int olddirfd, const char *old, int newdirfd, const char *new, int flag)
{
	if (flag & ~AT_SYMLINK_FOLLOW) {
		errno = EINVAL;
		return -1;
	}
	struct __path o, n;
	if (__path_resolve(olddirfd, old, &o) < 0)
		return -1;
	if (__path_resolve(newdirfd, new, &n) < 0) {
		__path_done(&o);
		return -1;
	}
	__wasi_lookupflags_t lookup = flag & AT_SYMLINK_FOLLOW ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0;
	__wasi_errno_t e = __wasi_path_link(o.fd, lookup, o.rel, n.fd, n.rel);
	__path_done(&o);
	__path_done(&n);
	if (e == __WASI_ERRNO_ISDIR)
		e = __WASI_ERRNO_PERM;
	return __wasi_result(e);
}
