#include <string.h>

/* Copies at most n bytes and pads with zeros to n; returns the end of the
   copied string (or dest + n when src did not fit). */
char *stpncpy(char *__restrict d, const char *__restrict s, size_t n)
{
	size_t len = strnlen(s, n);
	memcpy(d, s, len);
	memset(d + len, 0, n - len);
	return d + len;
}
