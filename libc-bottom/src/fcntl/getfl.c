#include <fcntl.h>
#include "fcntl_impl.h"
#include "fd_impl.h"
#include "syscall.h"

/* The status flags are the host's fdflags (the low bits of the O_ flags);
   the access mode is read back from the rights the descriptor holds. */
hidden int __fcntl_getfl(int fd)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->host < 0)
		return f->flags;
	__wasi_fdstat_t st;
	__wasi_errno_t e = __wasi_fd_fdstat_get(f ? f->host : fd, &st);
	if (e)
		return __wasi_fail(e);
	int fl = st.fs_flags & (O_APPEND | O_DSYNC | O_NONBLOCK | O_RSYNC | O_SYNC);
	int r = (st.fs_rights_base & (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_READDIR)) != 0;
	int w = (st.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0;
	return fl | (r && w ? O_RDWR : r ? O_RDONLY : w ? O_WRONLY : O_SEARCH);
}

/* Only O_APPEND and O_NONBLOCK can change (POSIX: the other bits are
   ignored). */
hidden int __fcntl_setfl(int fd, int flags)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->host < 0) {
		f->flags = (f->flags & ~O_NONBLOCK) | (flags & O_NONBLOCK);
		return 0;
	}
	int h = f ? f->host : fd;
	__wasi_fdstat_t st;
	__wasi_errno_t e = __wasi_fd_fdstat_get(h, &st);
	if (e)
		return __wasi_fail(e);
	__wasi_fdflags_t ff = st.fs_flags & (O_DSYNC | O_RSYNC | O_SYNC);
	ff |= flags & (O_APPEND | O_NONBLOCK);
	return __wasi_result(__wasi_fd_fdstat_set_flags(h, ff));
}
