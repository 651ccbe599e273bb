#include <stdlib.h>
#include "floatscan.h"

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
