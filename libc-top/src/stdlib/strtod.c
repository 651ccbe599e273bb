#define _GNU_SOURCE
#include <stdlib.h>
#include "floatscan.h"
#include "libc.h"

double strtod(const char *restrict s, char **restrict end)
{
	FILE f;
	double d;
	off_t n;

	__string_read_stream(&f, s);
	n = __floatscan(&f, FS_DOUBLE, &d);
	if (end)
		*end = (char *)s + n;
	return d;
}

/* There is one numeric convention (the C locale's), whatever the locale. */
double strtod_l(const char *restrict s, char **restrict end, struct __locale_struct *loc)
{
	return strtod(s, end);
}

weak_alias(strtod_l, __strtod_l);
