#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include "fd_impl.h"

/* WASI has no pipes: this one is a buffer inside the process, between two
   libc-only descriptors (docs/posix.md). Writes always fit (the buffer
   grows), so a writer never waits. A reader of an empty pipe whose write
   end is open would wait forever, since no other thread or process can
   write: with O_NONBLOCK that is EAGAIN, otherwise EDEADLK. */
struct pipe {
	unsigned char *buf;
	size_t start, len, size;
	int readers, writers;
	ino_t ino;
};

static ssize_t pipe_read(struct __fd_file *f, const struct iovec *iov, int n)
{
	struct pipe *p = f->obj;
	if (p->len == 0) {
		if (p->writers == 0)
			return 0;
		errno = f->flags & O_NONBLOCK ? EAGAIN : EDEADLK;
		return -1;
	}
	size_t got = 0;
	for (int i = 0; i < n && p->len; i++) {
		size_t k = iov[i].iov_len < p->len ? iov[i].iov_len : p->len;
		memcpy(iov[i].iov_base, p->buf + p->start, k);
		p->start += k;
		p->len -= k;
		got += k;
	}
	if (p->len == 0)
		p->start = 0;
	return (ssize_t)got;
}

static ssize_t pipe_write(struct __fd_file *f, const struct iovec *iov, int n)
{
	struct pipe *p = f->obj;
	if (p->readers == 0) {
		errno = EPIPE;
		return -1;
	}
	size_t total = 0;
	for (int i = 0; i < n; i++)
		total += iov[i].iov_len;
	if (p->start + p->len + total > p->size) {
		if (p->start) {
			memmove(p->buf, p->buf + p->start, p->len);
			p->start = 0;
		}
		size_t size = p->size ? p->size : 4096;
		while (size < p->len + total)
			size *= 2;
		if (size > p->size) {
			unsigned char *b = realloc(p->buf, size);
			if (!b) {
				errno = f->flags & O_NONBLOCK ? EAGAIN : ENOMEM;
				return -1;
			}
			p->buf = b;
			p->size = size;
		}
	}
	for (int i = 0; i < n; i++) {
		memcpy(p->buf + p->start + p->len, iov[i].iov_base, iov[i].iov_len);
		p->len += iov[i].iov_len;
	}
	return (ssize_t)total;
}

static int read_poll(struct __fd_file *f)
{
	struct pipe *p = f->obj;
	return (p->len ? POLLIN : 0) | (p->writers ? 0 : POLLHUP);
}

static int write_poll(struct __fd_file *f)
{
	struct pipe *p = f->obj;
	return p->readers ? POLLOUT : POLLERR;
}

static size_t pipe_nread(struct __fd_file *f)
{
	struct pipe *p = f->obj;
	return p->len;
}

static void pipe_stat(struct __fd_file *f, struct stat *st)
{
	struct pipe *p = f->obj;
	memset(st, 0, sizeof *st);
	st->st_mode = S_IFIFO | 0600;
	st->st_nlink = 1;
	st->st_ino = p->ino;
	st->st_blksize = PIPE_BUF;
}

static void release(struct pipe *p, int *count)
{
	--*count;
	if (p->readers == 0 && p->writers == 0) {
		free(p->buf);
		free(p);
	}
}

static void read_release(struct __fd_file *f)
{
	struct pipe *p = f->obj;
	release(p, &p->readers);
}

static void write_release(struct __fd_file *f)
{
	struct pipe *p = f->obj;
	release(p, &p->writers);
}

static ssize_t bad_read(struct __fd_file *f, const struct iovec *iov, int n)
{
	errno = EBADF;
	return -1;
}

static ssize_t bad_write(struct __fd_file *f, const struct iovec *iov, int n)
{
	errno = EBADF;
	return -1;
}

static const struct __fd_ops read_end = {
	pipe_read, bad_write, read_poll, pipe_nread, pipe_stat, read_release,
};

static const struct __fd_ops write_end = {
	bad_read, pipe_write, write_poll, pipe_nread, pipe_stat, write_release,
};

int pipe2(int fd[2], int flags)
{
	static ino_t next_ino;
	if (flags & ~(O_CLOEXEC | O_NONBLOCK)) {
		errno = EINVAL;
		return -1;
	}
	struct pipe *p = calloc(1, sizeof *p);
	if (!p)
		return -1;
	p->ino = ++next_ino;
	p->readers = p->writers = 1;
	int nb = flags & O_NONBLOCK;
	fd[0] = __fd_new(&read_end, p, O_RDONLY | nb, 0);
	if (fd[0] < 0) {
		free(p);
		return -1;
	}
	fd[1] = __fd_new(&write_end, p, O_WRONLY | nb, 0);
	if (fd[1] < 0) {
		int saved = errno;
		p->writers = 0;
		close(fd[0]);
		errno = saved;
		return -1;
	}
	return 0;
}
