#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fd_impl.h"
#include "pipe_impl.h"

/* A connected pair of local stream sockets inside the process: each end
   reads from one pipe buffer and writes to the other (see pipe_impl.h
   for what waiting does). */
struct end {
	struct __pipe *in, *out;
};

static ssize_t end_read(struct __fd_file *f, const struct iovec *iov, int n, int flags)
{
	struct end *e = f->obj;
	if (!e->in)
		return 0;
	return __pipe_read(e->in, iov, n, (f->flags & O_NONBLOCK) || (flags & MSG_DONTWAIT),
	                   flags & MSG_PEEK);
}

static ssize_t end_write(struct __fd_file *f, const struct iovec *iov, int n, int flags)
{
	struct end *e = f->obj;
	if (!e->out) {
		errno = EPIPE;
		return -1;
	}
	return __pipe_write(e->out, iov, n, (f->flags & O_NONBLOCK) || (flags & MSG_DONTWAIT));
}

static int end_poll(struct __fd_file *f)
{
	struct end *e = f->obj;
	int r = 0;
	if (!e->in || e->in->len || !e->in->writers)
		r |= POLLIN;
	if (e->out && e->out->readers)
		r |= POLLOUT;
	if ((!e->in || !e->in->writers) && (!e->out || !e->out->readers))
		r |= POLLHUP;
	return r;
}

static size_t end_nread(struct __fd_file *f)
{
	struct end *e = f->obj;
	return e->in ? e->in->len : 0;
}

static void end_stat(struct __fd_file *f, struct stat *st)
{
	memset(st, 0, sizeof *st);
	st->st_mode = S_IFSOCK | 0644;
	st->st_nlink = 1;
	st->st_ino = (ino_t)(size_t)f->obj;
	st->st_blksize = 4096;
}

static int end_shutdown(struct __fd_file *f, int how)
{
	struct end *e = f->obj;
	if ((how & SHUT_RD) && e->in) {
		__pipe_drop(e->in, 1);
		e->in = 0;
	}
	if ((how & SHUT_WR) && e->out) {
		__pipe_drop(e->out, 0);
		e->out = 0;
	}
	return 0;
}

static void end_release(struct __fd_file *f)
{
	end_shutdown(f, SHUT_RDWR);
	free(f->obj);
}

static const struct __fd_ops ops = {
	end_read, end_write, end_poll, end_nread, end_stat, end_release, end_shutdown,
};

/* AF_UNIX (AF_LOCAL) stream pairs only: POSIX's EPROTOTYPE for another
   type, EPROTONOSUPPORT for a protocol, EAFNOSUPPORT for another
   family. */
int socketpair(int domain, int type, int protocol, int sv[2])
{
	if (domain != AF_UNIX) {
		errno = EAFNOSUPPORT;
		return -1;
	}
	if ((type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) != SOCK_STREAM) {
		errno = EPROTOTYPE;
		return -1;
	}
	if (protocol != 0) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	struct end *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
	struct __pipe *ab = __pipe_new(), *ba = __pipe_new();
	if (!a || !b || !ab || !ba) {
		free(a);
		free(b);
		free(ab);
		free(ba);
		errno = ENOMEM;
		return -1;
	}
	a->in = ba;
	a->out = ab;
	b->in = ab;
	b->out = ba;
	int nb = type & SOCK_NONBLOCK ? O_NONBLOCK : 0;
	int cx = (type & SOCK_CLOEXEC) != 0;
	int fa = __fd_new(&ops, a, O_RDWR | nb, cx);
	if (fa < 0) {
		end_shutdown(&(struct __fd_file){ .obj = a }, SHUT_RDWR);
		end_shutdown(&(struct __fd_file){ .obj = b }, SHUT_RDWR);
		free(a);
		free(b);
		return -1;
	}
	int fb = __fd_new(&ops, b, O_RDWR | nb, cx);
	if (fb < 0) {
		int saved = errno;
		end_shutdown(&(struct __fd_file){ .obj = b }, SHUT_RDWR);
		free(b);
		close(fa);
		errno = saved;
		return -1;
	}
	sv[0] = fa;
	sv[1] = fb;
	return 0;
}
