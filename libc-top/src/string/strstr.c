#define _GNU_SOURCE
#include <string.h>

char *strstr(const char *h, const char *n)
{
	size_t nn = strlen(n);
	if (!nn)
		return (char *)h;
	for (h = strchr(h, *n); h; h = strchr(h + 1, *n))
		if (!strncmp(h, n, nn))
			return (char *)h;
	return 0;
}
