#define _GNU_SOURCE
#include <string.h>

void *memrchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	while (n--)
		if (s[n] == (unsigned char)c)
			return (void *)(s + n);
	return 0;
}
