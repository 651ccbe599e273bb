#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fd_impl.h"
#include "pipe_impl.h"

/* WASI has no pipes: this one is a buffer inside the process between two
   libc-only descriptors (see pipe_impl.h and docs/posix.md). */

static ssize_t pipe_read(struct __fd_file *f, const struct iovec *iov, int n, int flags)
{
	return __pipe_read(f->obj, iov, n, f->flags & O_NONBLOCK, 0);
}

static ssize_t pipe_write(struct __fd_file *f, const struct iovec *iov, int n, int flags)
{
	return __pipe_write(f->obj, iov, n, f->flags & O_NONBLOCK);
}

static ssize_t wrong_end(struct __fd_file *f, const struct iovec *iov, int n, int flags)
{
	errno = EBADF;
	return -1;
}

static int read_poll(struct __fd_file *f)
{
	struct __pipe *p = f->obj;
	return (p->len ? POLLIN : 0) | (p->writers ? 0 : POLLHUP);
}

static int write_poll(struct __fd_file *f)
{
	struct __pipe *p = f->obj;
	return p->readers ? POLLOUT : POLLERR;
}

static size_t pipe_nread(struct __fd_file *f)
{
	struct __pipe *p = f->obj;
	return p->len;
}

static void pipe_stat(struct __fd_file *f, struct stat *st)
{
	memset(st, 0, sizeof *st);
	st->st_mode = S_IFIFO | 0644;
	st->st_nlink = 1;
	st->st_ino = (ino_t)(size_t)f->obj;
	st->st_blksize = PIPE_BUF;
}

static void read_release(struct __fd_file *f)
{
	__pipe_drop(f->obj, 1);
}

static void write_release(struct __fd_file *f)
{
	__pipe_drop(f->obj, 0);
}

static const struct __fd_ops read_end = {
	pipe_read, wrong_end, read_poll, pipe_nread, pipe_stat, read_release, 0,
};

static const struct __fd_ops write_end = {
	wrong_end, pipe_write, write_poll, pipe_nread, pipe_stat, write_release, 0,
};

int pipe2(int fd[2], int flags)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK)) {
		errno = EINVAL;
		return -1;
	}
	struct __pipe *p = __pipe_new();
	if (!p)
		return -1;
	int nb = flags & O_NONBLOCK;
	int r = __fd_new(&read_end, p, O_RDONLY | nb, 0);
	if (r < 0) {
		__pipe_drop(p, 1);
		__pipe_drop(p, 0);
		return -1;
	}
	int w = __fd_new(&write_end, p, O_WRONLY | nb, 0);
	if (w < 0) {
		int saved = errno;
		__pipe_drop(p, 0);
		close(r);
		errno = saved;
		return -1;
	}
	fd[0] = r;
	fd[1] = w;
	return 0;
}
