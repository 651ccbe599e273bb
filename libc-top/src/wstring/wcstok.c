#include <wchar.h>

/* C17 7.29.4.5.7: like strtok_r, with the caller's save pointer. */
wchar_t *wcstok(wchar_t *__restrict s, const wchar_t *__restrict sep, wchar_t **__restrict save)
{
	if (!s && !(s = *save))
		return 0;
	s += wcsspn(s, sep);
	if (!*s)
		return *save = 0;
	wchar_t *end = s + wcscspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = 0;
	*save = end;
	return s;
}
