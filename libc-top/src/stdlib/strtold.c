#include <stdlib.h>
#include "floatscan.h"

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
