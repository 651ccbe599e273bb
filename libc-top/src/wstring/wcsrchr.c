#include <wchar.h>

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *found = 0;
	for (;; s++) {
		if (*s == c)
			found = s;
		if (!*s)
			return (wchar_t *)found;
	}
}
