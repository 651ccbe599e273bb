#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>

int asprintf(char **s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf(s, fmt, ap);
	va_end(ap);
	return r;
}
