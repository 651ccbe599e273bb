#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* POSIX fmemopen: a stream over size bytes of memory. len is the size
   of the contents: size for "r", 0 for "w", up to the first NUL for
   "a"; reads stop there, writes in append mode start there, and a write
   that extends the contents is followed by a NUL if it fits. */
struct mem_file {
	FILE f;
	unsigned char *mem;
	size_t size, len, pos;
	int append;
	unsigned char buf[UNGET + BUFSIZ];
};

static size_t mem_read(FILE *f, unsigned char *p, size_t n)
{
	struct mem_file *m = (struct mem_file *)f;
	size_t k = m->pos < m->len ? m->len - m->pos : 0;

	if (k > n)
		k = n;
	memcpy(p, m->mem + m->pos, k);
	m->pos += k;
	if (!k)
		f->flags |= F_EOF;
	return k;
}

static size_t mem_write(FILE *f, const unsigned char *p, size_t n)
{
	struct mem_file *m = (struct mem_file *)f;
	size_t k;

	if (m->append)
		m->pos = m->len;
	k = m->size - m->pos < n ? m->size - m->pos : n;
	memcpy(m->mem + m->pos, p, k);
	m->pos += k;
	if (m->pos > m->len) {
		m->len = m->pos;
		if (m->len < m->size)
			m->mem[m->len] = 0;
	}
	if (k < n) {
		f->flags |= F_ERR;
		errno = ENOSPC;
	}
	return k;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	struct mem_file *m = (struct mem_file *)f;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;

	if (off < -base || off > (off_t)m->size - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = base + off;
	return m->pos;
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int flags = __fmodeflags(mode);
	struct mem_file *m;

	if (flags < 0)
		return 0;
	if (!size) {
		errno = EINVAL;
		return 0;
	}
	/* Without a buffer, one of size bytes comes with the stream and goes
	   with it at fclose. */
	m = malloc(sizeof *m + (buf ? 0 : size));
	if (!m)
		return 0;
	memset(&m->f, 0, sizeof m->f);
	m->mem = buf ? buf : (unsigned char *)(m + 1);
	if (!buf)
		m->mem[0] = 0;
	m->size = size;
	m->pos = 0;
	m->append = (flags & O_APPEND) != 0;
	if (*mode == 'r')
		m->len = size;
	else if (*mode == 'w')
		m->len = 0;
	else
		m->len = m->pos = strnlen((char *)m->mem, size);
	if (*mode == 'w')
		m->mem[0] = 0;
	m->f.flags = F_FREE;
	if ((flags & O_ACCMODE) == O_RDONLY)
		m->f.flags |= F_NOWR;
	else if ((flags & O_ACCMODE) == O_WRONLY)
		m->f.flags |= F_NORD;
	m->f.buf = m->buf + UNGET;
	m->f.buf_size = BUFSIZ;
	m->f.lbf = EOF;
	m->f.fd = -1;
	m->f.read = mem_read;
	m->f.write = mem_write;
	m->f.seek = mem_seek;
	return __ofl_add(&m->f);
}
