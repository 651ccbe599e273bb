#include <stdarg.h>
#include <stdio.h>

/* newlib's name for a printf without floating point, which some WASI
   programs call; the one printf serves. */
int iprintf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}
