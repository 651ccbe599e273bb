#define _GNU_SOURCE
#include <stdlib.h>
#include "floatscan.h"
#include "libc.h"

long double strtold(const char *restrict s, char **restrict end)
{
	FILE f;
	long double x;
	off_t n;

	__string_read_stream(&f, s);
	n = __floatscan(&f, FS_LDOUBLE, &x);
	if (end)
		*end = (char *)s + n;
	return x;
}

/* There is one numeric convention (the C locale's), whatever the locale. */
long double strtold_l(const char *restrict s, char **restrict end, struct __locale_struct *loc)
{
	return strtold(s, end);
}

weak_alias(strtold_l, __strtold_l);
