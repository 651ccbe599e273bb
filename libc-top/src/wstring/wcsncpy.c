#include <wchar.h>

wchar_t *wcsncpy(wchar_t *__restrict d, const wchar_t *__restrict s, size_t n)
{
	wcpncpy(d, s, n);
	return d;
}
