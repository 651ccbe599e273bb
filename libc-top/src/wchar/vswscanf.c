#include <limits.h>
#include <stdarg.h>
#include <wchar.h>
#include "stdio_impl.h"

/* The wide string as the multibyte text a wide stream would hold, a few
   characters at a time; one that has no multibyte form ends it. */
static size_t ws_read(FILE *f, unsigned char *p, size_t n)
{
	const wchar_t *s = f->cookie;
	size_t i = 0, k;

	for (; *s && n - i >= MB_LEN_MAX; s++, i += k) {
		k = wcrtomb((char *)p + i, *s, 0);
		if (k == (size_t)-1)
			break;
	}
	f->cookie = (void *)s;
	if (!i)
		f->flags |= F_EOF;
	return i;
}

int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap)
{
	unsigned char buf[UNGET + 64];
	FILE f = {
		.flags = F_NOWR,
		.buf = buf + UNGET,
		.buf_size = sizeof buf - UNGET,
		.read = ws_read,
		.cookie = (void *)s,
		.orient = 1,
	};

	f.rpos = f.rend = f.buf;
	return vfwscanf(&f, fmt, ap);
}
