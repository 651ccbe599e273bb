#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

/* POSIX open_memstream: output into a buffer that grows, which the
   caller's *bufp and *sizep describe after each fflush and at fclose:
   the bytes up to the position (or the end, if that is nearer), always
   followed by a NUL. Seeking past the end leaves a gap of zeros. */
struct ms_file {
	FILE f;
	char **bufp;
	size_t *sizep;
	char *mem;
	size_t cap, len, pos;
	unsigned char buf[UNGET + BUFSIZ];
};

static void publish(struct ms_file *m)
{
	*m->bufp = m->mem;
	*m->sizep = m->pos < m->len ? m->pos : m->len;
}

static size_t ms_write(FILE *f, const unsigned char *p, size_t n)
{
	struct ms_file *m = (struct ms_file *)f;
	size_t need = m->pos + n + 1, cap;
	char *mem;

	if (n > SSIZE_MAX - m->pos) {
		f->flags |= F_ERR;
		errno = EFBIG;
		return 0;
	}
	if (need > m->cap) {
		cap = m->cap * 2 > need ? m->cap * 2 : need;
		mem = realloc(m->mem, cap);
		if (!mem) {
			f->flags |= F_ERR;
			return 0;
		}
		m->mem = mem;
		m->cap = cap;
	}
	if (m->pos > m->len)
		memset(m->mem + m->len, 0, m->pos - m->len);
	memcpy(m->mem + m->pos, p, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	m->mem[m->len] = 0;
	publish(m);
	return n;
}

static off_t ms_seek(FILE *f, off_t off, int whence)
{
	struct ms_file *m = (struct ms_file *)f;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;

	if (off < -base || off > SSIZE_MAX - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = base + off;
	publish(m);
	return m->pos;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	struct ms_file *m;

	if (!bufp || !sizep) {
		errno = EINVAL;
		return 0;
	}
	m = malloc(sizeof *m);
	if (!m)
		return 0;
	memset(&m->f, 0, sizeof m->f);
	m->mem = calloc(1, 64);
	if (!m->mem) {
		free(m);
		return 0;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	m->cap = 64;
	m->len = m->pos = 0;
	publish(m);
	m->f.flags = F_FREE | F_NORD;
	m->f.buf = m->buf + UNGET;
	m->f.buf_size = BUFSIZ;
	m->f.lbf = EOF;
	m->f.fd = -1;
	m->f.write = ms_write;
	m->f.seek = ms_seek;
	return __ofl_add(&m->f);
}
