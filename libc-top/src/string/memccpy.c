#include <string.h>

void *memccpy(void *__restrict dest, const void *__restrict src, int c, size_t n)
{
	const unsigned char *hit = memchr(src, c, n);
	size_t len = hit ? (size_t)(hit - (const unsigned char *)src) + 1 : n;
	memcpy(dest, src, len);
	return hit ? (unsigned char *)dest + len : 0;
}
