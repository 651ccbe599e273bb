#include <fcntl.h>
#include "open_impl.h"
#include "syscall.h"

#define READ_RIGHTS (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_READDIR)
/* The rights hosts take as asking to write (and refuse for a directory):
   FD_DATASYNC among them, so fdatasync falls back to fd_sync. */
#define WRITE_RIGHTS (__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_DATASYNC \
	| __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE)
#define SYNC_FLAGS (O_SYNC | O_DSYNC | O_RSYNC)

/* The new descriptor gets every right the directory passes on, less
   reading or writing when the access mode excludes them, so that the host
   enforces the access mode (POSIX EBADF for a write to an O_RDONLY
   descriptor). The mode argument of open has no effect: WASI files have
   no permission bits (docs/posix.md). */
hidden int __open_host(int dirfd, const char *rel, int oflag)
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
	__wasi_oflags_t of = (__wasi_oflags_t)((oflag >> 12) & 0xf);
	__wasi_fdflags_t ff = (__wasi_fdflags_t)(oflag & 0x1f);
	__wasi_fd_t fd;
	e = __wasi_path_open(dirfd, lookup, rel, of, rights, dir.fs_rights_inheriting, ff, &fd);
	/* A host that cannot do synchronized I/O refuses those flags; POSIX
	   gives EINVAL for "synchronized I/O not supported for this file". */
	if (e == __WASI_ERRNO_NOTSUP && (oflag & SYNC_FLAGS))
		e = __WASI_ERRNO_INVAL;
	/* A read-only preopen (wasmtime, wasi-run) answers EPERM. */
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return e ? __wasi_fail(e) : (int)fd;
}
