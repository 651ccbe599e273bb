#include <limits.h>
#include <inttypes.h>
#include "intscan.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	FILE f;
	off_t n;
	intmax_t v;

	__string_read_stream(&f, s);
	v = __intscan(&f, base, INTMAX_MAX, 1, &n);
	if (end)
		*end = (char *)s + n;
	return v;
}
