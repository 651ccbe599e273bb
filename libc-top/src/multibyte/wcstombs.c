#include <stdlib.h>
#include <wchar.h>

size_t wcstombs(char *__restrict dst, const wchar_t *__restrict src, size_t len)
{
	mbstate_t st = {0};
	const wchar_t *s = src;
	return wcsrtombs(dst, &s, len, &st);
}
