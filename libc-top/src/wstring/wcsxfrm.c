#include <wchar.h>

/* In the C/POSIX collation a string is its own collation key. */
size_t wcsxfrm(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n)
{
	size_t len = wcslen(s);
	if (len < n)
		wmemcpy(d, s, len + 1);
	return len;
}

size_t wcsxfrm_l(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n, locale_t loc)
{
	return wcsxfrm(d, s, n);
}
