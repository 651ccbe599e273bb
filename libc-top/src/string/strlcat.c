#include <string.h>

size_t strlcat(char *d, const char *s, size_t size)
{
	size_t dl = strnlen(d, size);
	if (dl == size)
		return size + strlen(s);
	return dl + strlcpy(d + dl, s, size - dl);
}
