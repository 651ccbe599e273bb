#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"

#define READ_RIGHTS (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_READDIR)
#define WRITE_RIGHTS (__WASI_RIGHTS_FD_DATASYNC | __WASI_RIGHTS_FD_WRITE \
	| __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE)

/* The mode argument is accepted and ignored: WASI files have no permission
   bits. The new descriptor gets every right the directory can pass on,
   less reading or writing when the access mode excludes them. */
int openat(int dirfd, const char *path, int oflag, ...)
{
	__wasi_fdstat_t dir;
	__wasi_errno_t e = __wasi_fd_fdstat_get(dirfd, &dir);
	if (e)
		return __wasi_fail(e);
	__wasi_rights_t rights = dir.fs_rights_inheriting;
	switch (oflag & O_ACCMODE) {
	case O_RDONLY:
		rights &= ~(__wasi_rights_t)WRITE_RIGHTS;
		break;
	case O_WRONLY:
		rights &= ~(__wasi_rights_t)READ_RIGHTS;
		break;
	case O_RDWR:
		break;
	case O_SEARCH:
	case O_EXEC:
		rights &= ~(__wasi_rights_t)(READ_RIGHTS | WRITE_RIGHTS);
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	__wasi_lookupflags_t lookup = oflag & O_NOFOLLOW ? 0 : __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
	__wasi_oflags_t of = (__wasi_oflags_t)((oflag >> 12) & 0xfff);
	__wasi_fdflags_t ff = (__wasi_fdflags_t)(oflag & 0xfff);
	__wasi_fd_t fd;
	e = __wasi_path_open(dirfd, lookup, path, of, rights, dir.fs_rights_inheriting, ff, &fd);
	return e ? __wasi_fail(e) : (int)fd;
}
