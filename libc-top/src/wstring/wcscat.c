#include <wchar.h>

wchar_t *wcscat(wchar_t *__restrict d, const wchar_t *__restrict s)
{
	wcscpy(d + wcslen(d), s);
	return d;
}
