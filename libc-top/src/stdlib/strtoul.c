#include <limits.h>
#include <stdlib.h>
#include "intscan.h"

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	FILE f;
	off_t n;
	unsigned long v;

	__string_read_stream(&f, s);
	v = __intscan(&f, base, ULONG_MAX, 0, &n);
	if (end)
		*end = (char *)s + n;
	return v;
}
