#include "remove_impl.h"
#include "syscall.h"

hidden int __unlink_host(int dirfd, const char *rel)
{
	__wasi_errno_t e = __wasi_path_unlink_file(dirfd, rel);
	/* Linux says EISDIR; POSIX names EPERM for a directory. */
	if (e == __WASI_ERRNO_ISDIR)
		e = __WASI_ERRNO_PERM;
	else if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
