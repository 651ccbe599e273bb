#include <errno.h>
#include <stdarg.h>
#include <wchar.h>
#include "stdio_impl.h"

/* The stream holds the multibyte text; its write operation decodes it
   into the caller's wide characters, keeping room for the terminator. */
struct wsink {
	wchar_t *ws;
	size_t left;
	int over;
};

static size_t sw_write(FILE *f, const unsigned char *p, size_t n)
{
	struct wsink *k = f->cookie;
	wchar_t wc;
	size_t i, r;

	for (i = 0; i < n; i++) {
		r = mbrtowc(&wc, (const char *)p + i, 1, &f->mbs);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1) {
			f->flags |= F_ERR;
			return i;
		}
		if (k->left > 1) {
			*k->ws++ = wc;
			k->left--;
		} else {
			k->over = 1;
		}
	}
	return n;
}

int vswprintf(wchar_t *restrict ws, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	unsigned char buf[UNGET + 256];
	struct wsink k = { ws, n, 0 };
	FILE f = {
		.flags = F_NORD,
		.lbf = EOF,
		.fd = -1,
		.write = sw_write,
		.buf = buf + UNGET,
		.buf_size = sizeof buf - UNGET,
		.cookie = &k,
	};
	int r;

	if (!n) {
		errno = EINVAL;
		return -1;
	}
	r = vfwprintf(&f, fmt, ap);
	if (__flush_out(&f) && r >= 0)
		r = -1;
	*k.ws = 0;
	/* C11 7.29.2.7p3: n or more characters asked for is a failure. */
	if (k.over) {
		errno = EOVERFLOW;
		return -1;
	}
	return r;
}
