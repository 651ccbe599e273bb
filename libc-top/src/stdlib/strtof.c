#define _GNU_SOURCE
#include <stdlib.h>
#include "floatscan.h"
#include "libc.h"

float strtof(const char *restrict s, char **restrict end)
{
	FILE f;
	float x;
	off_t n;

	__string_read_stream(&f, s);
	n = __floatscan(&f, FS_FLOAT, &x);
	if (end)
		*end = (char *)s + n;
	return x;
}

/* There is one numeric convention (the C locale's), whatever the locale. */
float strtof_l(const char *restrict s, char **restrict end, struct __locale_struct *loc)
{
	return strtof(s, end);
}

weak_alias(strtof_l, __strtof_l);
