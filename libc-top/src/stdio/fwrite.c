#define _GNU_SOURCE
#include "stdio_impl.h"

size_t fwrite(const void *restrict p, size_t size, size_t nmemb, FILE *restrict f)
{
	size_t n = size * nmemb, k;

	if (!n)
		return 0;
	FLOCK(f);
	k = __fwritex(p, n, f);
	FUNLOCK(f);
	return k == n ? nmemb : k / size;
}

weak_alias(fwrite, fwrite_unlocked);
