#define _GNU_SOURCE
#include <string.h>
#include "stdio_impl.h"

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);
	int r;

	FLOCK(f);
	r = __fwritex((const unsigned char *)s, n, f) == n ? 0 : EOF;
	FUNLOCK(f);
	return r;
}

weak_alias(fputs, fputs_unlocked);
