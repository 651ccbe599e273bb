#define _GNU_SOURCE
#include <stddef.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "stdio_impl.h"

/* POSIX open_wmemstream: open_memstream for wide characters. The stream
   holds multibyte text as wide streams do; its write operation decodes
   it into the growing wide buffer. Sizes and positions count wide
   characters. */
struct wms_file {
	FILE f;
	wchar_t **bufp;
	size_t *sizep;
	wchar_t *mem;
	size_t cap, len, pos;
	mbstate_t st;
	unsigned char buf[UNGET + BUFSIZ];
};

static void publish(struct wms_file *m)
{
	*m->bufp = m->mem;
	*m->sizep = m->pos < m->len ? m->pos : m->len;
}

static int put(struct wms_file *m, wchar_t wc)
{
	size_t cap;
	wchar_t *mem;

	if (m->pos + 2 > m->cap) {
		cap = 2 * m->cap > m->pos + 2 ? 2 * m->cap : m->pos + 2;
		if (cap > SIZE_MAX / sizeof *mem || !(mem = realloc(m->mem, cap * sizeof *mem)))
			return 0;
		m->mem = mem;
		m->cap = cap;
	}
	while (m->len < m->pos)
		m->mem[m->len++] = 0;
	m->mem[m->pos++] = wc;
	if (m->pos > m->len)
		m->len = m->pos;
	m->mem[m->len] = 0;
	return 1;
}

static size_t wms_write(FILE *f, const unsigned char *p, size_t n)
{
	struct wms_file *m = (struct wms_file *)f;
	wchar_t wc;
	size_t i, r;

	for (i = 0; i < n; i++) {
		r = mbrtowc(&wc, (const char *)p + i, 1, &m->st);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1 || !put(m, wc)) {
			f->flags |= F_ERR;
			break;
		}
	}
	publish(m);
	return i;
}

static off_t wms_seek(FILE *f, off_t off, int whence)
{
	struct wms_file *m = (struct wms_file *)f;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;

	if (off < -base || off > SSIZE_MAX / (off_t)sizeof(wchar_t) - base) {
		errno = EINVAL;
		return -1;
	}
	m->pos = base + off;
	publish(m);
	return m->pos;
}

FILE *open_wmemstream(wchar_t **bufp, size_t *sizep)
{
	struct wms_file *m;

	if (!bufp || !sizep) {
		errno = EINVAL;
		return 0;
	}
	m = malloc(sizeof *m);
	if (!m)
		return 0;
	memset(m, 0, offsetof(struct wms_file, buf));
	m->mem = calloc(16, sizeof *m->mem);
	if (!m->mem) {
		free(m);
		return 0;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	m->cap = 16;
	publish(m);
	m->f.flags = F_FREE | F_NORD;
	m->f.orient = 1;
	m->f.buf = m->buf + UNGET;
	m->f.buf_size = BUFSIZ;
	m->f.lbf = EOF;
	m->f.fd = -1;
	m->f.write = wms_write;
	m->f.seek = wms_seek;
	return __ofl_add(&m->f);
}
