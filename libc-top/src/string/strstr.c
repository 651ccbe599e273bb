#define _GNU_SOURCE
#include <string.h>

/* Linear time through memmem; the first character is found with strchr so
   that a haystack without it costs one scan. */
char *strstr(const char *h, const char *n)
{
	if (!n[0])
		return (char *)h;
	h = strchr(h, n[0]);
	if (!h)
		return 0;
	size_t nn = strlen(n);
	if (nn == 1)
		return (char *)h;
	return memmem(h, strlen(h), n, nn);
}
