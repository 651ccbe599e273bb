#include <string.h>

/* Only the C/POSIX collation exists: byte order. */
int strcoll(const char *l, const char *r)
{
	return strcmp(l, r);
}

int strcoll_l(const char *l, const char *r, locale_t loc)
{
	return strcmp(l, r);
}
