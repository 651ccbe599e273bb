#include <wchar.h>

/* Compares wchar_t values (C17 7.29.4.4.1), which are signed here. */
int wcscmp(const wchar_t *l, const wchar_t *r)
{
	for (; *l == *r && *l; l++, r++)
		;
	return *l < *r ? -1 : *l > *r;
}
