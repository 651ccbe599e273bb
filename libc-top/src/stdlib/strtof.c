#include <stdlib.h>
#include "floatscan.h"

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
