#include <wchar.h>

/* POSIX wcpncpy: copies at most n wide characters and pads with nulls to
   n; returns the address of the first null written, or d + n if none. */
wchar_t *wcpncpy(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n)
{
	size_t len = wcsnlen(s, n);
	wmemcpy(d, s, len);
	wmemset(d + len, 0, n - len);
	return d + len;
}
