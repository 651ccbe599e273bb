#include <limits.h>
#include <stdlib.h>
#include "intscan.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	FILE f;
	off_t n;
	long long v;

	__string_read_stream(&f, s);
	v = __intscan(&f, base, LLONG_MAX, 1, &n);
	if (end)
		*end = (char *)s + n;
	return v;
}
