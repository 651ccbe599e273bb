#include <stdarg.h>
#include <string.h>
#include "stdio_impl.h"

/* The stream's buffer is the caller's array itself, so formatting writes
   in place. When it fills, this moves the buffer past the bytes that are
   now final and takes what still fits; the rest is dropped, and
   vsnprintf still counts it. */
static size_t sn_write(FILE *f, const unsigned char *p, size_t n)
{
	size_t k = n < f->buf_size ? n : f->buf_size;

	if (p != f->buf)
		memcpy(f->buf, p, k);
	f->buf += k;
	f->buf_size -= k;
	f->wbase = f->wpos = f->buf;
	f->wend = f->buf + f->buf_size;
	return n;
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	unsigned char dummy;
	FILE f = {
		.flags = F_NORD,
		.lbf = EOF,
		.fd = -1,
		.write = sn_write,
		.buf = n ? (unsigned char *)s : &dummy,
		.buf_size = n ? n - 1 : 0,
	};
	va_list ap2;
	int r;

	f.wbase = f.wpos = f.buf;
	f.wend = f.buf + f.buf_size;
	va_copy(ap2, ap);
	r = __vfprintf_core(&f, fmt, &ap2);
	va_end(ap2);
	if (n)
		*f.wpos = 0;
	return r;
}
