#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* A stream whose four operations are the caller's (glibc). */
struct cookie_file {
	FILE f;
	cookie_io_functions_t io;
	unsigned char buf[UNGET + STDIO_BUFSIZ];
};

static size_t cookie_read(FILE *f, unsigned char *p, size_t n)
{
	struct cookie_file *c = (struct cookie_file *)f;
	ssize_t r = c->io.read ? c->io.read(f->cookie, (char *)p, n) : 0;

	if (r > 0)
		return r;
	f->flags |= r ? F_ERR : F_EOF;
	return 0;
}

/* Without a write function, output is discarded, as glibc does. */
static size_t cookie_write(FILE *f, const unsigned char *p, size_t n)
{
	struct cookie_file *c = (struct cookie_file *)f;
	size_t done = 0;
	ssize_t r;

	if (!c->io.write)
		return n;
	while (done < n) {
		r = c->io.write(f->cookie, (const char *)p + done, n - done);
		if (r <= 0) {
			f->flags |= F_ERR;
			break;
		}
		done += r;
	}
	return done;
}

static off_t cookie_seek(FILE *f, off_t off, int whence)
{
	struct cookie_file *c = (struct cookie_file *)f;

	if (!c->io.seek) {
		errno = ESPIPE;
		return -1;
	}
	if (c->io.seek(f->cookie, &off, whence) < 0)
		return -1;
	return off;
}

static int cookie_close(FILE *f)
{
	struct cookie_file *c = (struct cookie_file *)f;

	return c->io.close ? c->io.close(f->cookie) : 0;
}

FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io)
{
	int flags = __fmodeflags(mode);
	struct cookie_file *c;

	if (flags < 0)
		return 0;
	c = malloc(sizeof *c);
	if (!c)
		return 0;
	memset(&c->f, 0, sizeof c->f);
	c->io = io;
	c->f.flags = F_FREE;
	if ((flags & O_ACCMODE) == O_RDONLY)
		c->f.flags |= F_NOWR;
	else if ((flags & O_ACCMODE) == O_WRONLY)
		c->f.flags |= F_NORD;
	c->f.buf = c->buf + UNGET;
	c->f.buf_size = STDIO_BUFSIZ;
	c->f.lbf = EOF;
	c->f.fd = -1;
	c->f.cookie = cookie;
	c->f.read = cookie_read;
	c->f.write = cookie_write;
	c->f.seek = cookie_seek;
	c->f.close = cookie_close;
	return __ofl_add(&c->f);
}
