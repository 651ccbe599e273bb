#include <wchar.h>

wchar_t *wcscpy(wchar_t *__restrict d, const wchar_t *__restrict s)
{
	wcpcpy(d, s);
	return d;
}
