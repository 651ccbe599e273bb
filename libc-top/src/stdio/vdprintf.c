#define _GNU_SOURCE
#include <stdarg.h>
#include "stdio_impl.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	unsigned char buf[UNGET + 256];
	FILE f = {
		.flags = F_NORD,
		.lbf = EOF,
		.fd = fd,
		.write = __stdio_write,
		.buf = buf + UNGET,
		.buf_size = sizeof buf - UNGET,
	};
	va_list ap2;
	int r;

	va_copy(ap2, ap);
	r = __vfprintf_core(&f, fmt, &ap2);
	va_end(ap2);
	if (__flush_out(&f) && r >= 0)
		r = -1;
	return r;
}
