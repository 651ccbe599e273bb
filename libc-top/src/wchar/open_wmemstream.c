#define _GNU_SOURCE
#include "memstream_impl.h"

/* POSIX open_wmemstream: open_memstream for wide characters. The stream
   holds multibyte text as wide streams do; its write operation decodes
   it into the growing wide buffer. Sizes and positions count wide
   characters. */
static size_t wms_write(FILE *f, const unsigned char *p, size_t n)
{
	struct memstream *m = (struct memstream *)f;
	wchar_t wc;
	size_t i, r;

	for (i = 0; i < n; i++) {
		r = mbrtowc(&wc, (const char *)p + i, 1, &m->st);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1) { /* mbrtowc has set EILSEQ */
			f->flags |= F_ERR;
			break;
		}
		if (__memstream_put(m, &wc, 1) < 0)
			break;
	}
	return i;
}

FILE *open_wmemstream(wchar_t **bufp, size_t *sizep)
{
	FILE *f = __memstream_open(bufp, sizep, sizeof(wchar_t), wms_write);
	if (f)
		f->orient = 1;
	return f;
}
