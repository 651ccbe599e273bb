#include <fcntl.h>
#include <stdarg.h>
#include "fcntl_impl.h"
#include "fd_impl.h"
#include "syscall.h"

/* Whether fd is open, as EBADF needs. */
static int valid(int fd)
{
	__wasi_fdstat_t st;
	if (__fd_file(fd))
		return 1;
	__wasi_errno_t e = fd < 0 ? __WASI_ERRNO_BADF : __wasi_fd_fdstat_get(fd, &st);
	return e ? __wasi_fail(e), 0 : 1;
}

/* Record locks: a WASI program is the only process that can see its
   locks, so every lock it asks for is granted at once and F_GETLK finds
   no conflicting lock (docs/posix.md). */
static int lock(int fd, int cmd, struct flock *l)
{
	if (!valid(fd))
		return -1;
	if (l->l_type != F_RDLCK && l->l_type != F_WRLCK && l->l_type != F_UNLCK) {
		errno = EINVAL;
		return -1;
	}
	if (l->l_whence != SEEK_SET && l->l_whence != SEEK_CUR && l->l_whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	int acc = __fcntl_getfl(fd) & O_ACCMODE;
	if ((l->l_type == F_RDLCK && acc != O_RDONLY && acc != O_RDWR)
	    || (l->l_type == F_WRLCK && acc != O_WRONLY && acc != O_RDWR)) {
		errno = EBADF;
		return -1;
	}
	if (cmd == F_GETLK)
		l->l_type = F_UNLCK;
	return 0;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	va_start(ap, cmd);
	int r;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC: {
		int min = va_arg(ap, int);
		if (min < 0) {
			errno = EINVAL;
			r = -1;
		} else {
			r = __fd_dup(fd, min, cmd == F_DUPFD_CLOEXEC);
		}
		break;
	}
	case F_GETFD:
		r = !valid(fd) ? -1 : (size_t)fd < __fd_nslots && __fd_slots[fd].cloexec ? FD_CLOEXEC : 0;
		break;
	case F_SETFD: {
		int on = (va_arg(ap, int) & FD_CLOEXEC) != 0;
		r = !valid(fd) ? -1 : __fd_set_cloexec(fd, on);
		break;
	}
	case F_GETFL:
		r = __fcntl_getfl(fd);
		break;
	case F_SETFL:
		r = __fcntl_setfl(fd, va_arg(ap, int));
		break;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		r = lock(fd, cmd, va_arg(ap, struct flock *));
		break;
	default:
		errno = EINVAL;
		r = -1;
		break;
	}
	va_end(ap);
	return r;
}
