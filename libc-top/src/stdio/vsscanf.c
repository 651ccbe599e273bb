#include <stdarg.h>
#include "stdio_impl.h"

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	FILE f;
	va_list ap2;
	int r;

	__string_read_stream(&f, s);
	va_copy(ap2, ap);
	r = __vfscanf_core(&f, fmt, &ap2);
	va_end(ap2);
	return r;
}
