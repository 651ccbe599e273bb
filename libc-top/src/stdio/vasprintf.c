#define _GNU_SOURCE
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

int vasprintf(char **s, const char *fmt, va_list ap)
{
	char small[128];
	va_list ap2;
	int r;

	/* Short results are formatted once, on the stack; longer ones again
	   into an allocation of the size the first pass found. */
	va_copy(ap2, ap);
	r = vsnprintf(small, sizeof small, fmt, ap2);
	va_end(ap2);
	if (r < 0 || !(*s = malloc(r + 1U)))
		return -1;
	if ((size_t)r < sizeof small) {
		memcpy(*s, small, r + 1);
	} else {
		va_copy(ap2, ap);
		vsnprintf(*s, r + 1U, fmt, ap2);
		va_end(ap2);
	}
	return r;
}
