#include <limits.h>
#include <inttypes.h>
#include "intscan.h"

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	FILE f;
	off_t n;
	uintmax_t v;

	__string_read_stream(&f, s);
	v = __intscan(&f, base, UINTMAX_MAX, 0, &n);
	if (end)
		*end = (char *)s + n;
	return v;
}
