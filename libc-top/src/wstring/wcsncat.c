#include <wchar.h>

/* Appends at most n wide characters of s, then always a null. */
wchar_t *wcsncat(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n)
{
	wchar_t *e = d + wcslen(d);
	size_t len = wcsnlen(s, n);
	wmemcpy(e, s, len);
	e[len] = 0;
	return d;
}
