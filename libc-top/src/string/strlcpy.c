#include <string.h>

/* Returns strlen(src), so a result >= size means truncation. */
size_t strlcpy(char *d, const char *s, size_t size)
{
	size_t len = strlen(s);
	if (size) {
		size_t n = len < size ? len : size - 1;
		memcpy(d, s, n);
		d[n] = 0;
	}
	return len;
}
