#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

int vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	/* No size: the array reaches to the end of memory at most. */
	size_t n = UINTPTR_MAX - (uintptr_t)s;

	return vsnprintf(s, n < INT_MAX ? n : INT_MAX, fmt, ap);
}
