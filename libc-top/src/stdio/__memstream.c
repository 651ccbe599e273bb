#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "memstream_impl.h"

/* What POSIX says the caller's variables hold after each flush: the
   buffer, and the size up to the position or the end, if that is
   nearer. (Copied as bytes: the caller's pointer is a char * or a
   wchar_t *, both of the representation of m->mem.) */
static void publish(struct memstream *m)
{
	memcpy(m->bufp, &m->mem, sizeof m->mem);
	*m->sizep = m->pos < m->len ? m->pos : m->len;
}

hidden int __memstream_put(struct memstream *m, const void *src, size_t n)
{
	size_t w = m->width;
	if (n > SSIZE_MAX / w - m->pos) {
		m->f.flags |= F_ERR;
		errno = EFBIG;
		return -1;
	}
	size_t need = m->pos + n + 1;
	if (need > m->cap) {
		size_t cap = m->cap * 2 > need ? m->cap * 2 : need;
		char *mem = realloc(m->mem, cap * w);
		if (!mem) {
			m->f.flags |= F_ERR;
			return -1;
		}
		m->mem = mem;
		m->cap = cap;
	}
	if (m->pos > m->len)
		memset(m->mem + m->len * w, 0, (m->pos - m->len) * w);
	memcpy(m->mem + m->pos * w, src, n * w);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	memset(m->mem + m->len * w, 0, w);
	publish(m);
	return 0;
}

static off_t memstream_seek(FILE *f, off_t off, int whence)
{
	struct memstream *m = (struct memstream *)f;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;

	if (off < -base || off > SSIZE_MAX / (off_t)m->width - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = base + off;
	publish(m);
	return m->pos;
}

hidden FILE *__memstream_open(void *bufp, size_t *sizep, size_t width,
                              size_t (*write)(FILE *, const unsigned char *, size_t))
{
	if (!bufp || !sizep) {
		errno = EINVAL;
		return 0;
	}
	struct memstream *m = malloc(sizeof *m);
	if (!m)
		return 0;
	memset(m, 0, offsetof(struct memstream, buf));
	m->cap = 64;
	m->mem = calloc(m->cap, width);
	if (!m->mem) {
		free(m);
		return 0;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	m->width = width;
	publish(m);
	m->f.flags = F_FREE | F_NORD;
	m->f.buf = m->buf + UNGET;
	m->f.buf_size = BUFSIZ;
	m->f.lbf = EOF;
	m->f.fd = -1;
	m->f.write = write;
	m->f.seek = memstream_seek;
	return __ofl_add(&m->f);
}
