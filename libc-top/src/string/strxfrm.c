#include <string.h>

/* In the C/POSIX collation a string is its own collation key. */
size_t strxfrm(char *__restrict d, const char *__restrict s, size_t n)
{
	size_t len = strlen(s);
	if (len < n)
		memcpy(d, s, len + 1);
	return len;
}

size_t strxfrm_l(char *__restrict d, const char *__restrict s, size_t n, locale_t loc)
{
	return strxfrm(d, s, n);
}
