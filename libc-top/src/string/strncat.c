#include <string.h>

char *strncat(char *__restrict dest, const char *__restrict src, size_t n)
{
	char *d = dest + strlen(dest);
	size_t len = strnlen(src, n);
	memcpy(d, src, len);
	d[len] = 0;
	return dest;
}
