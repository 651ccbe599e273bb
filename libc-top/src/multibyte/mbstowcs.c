#include <stdlib.h>
#include <wchar.h>

size_t mbstowcs(wchar_t *__restrict dst, const char *__restrict src, size_t len)
{
	mbstate_t st = {0};
	const char *s = src;
	return mbsrtowcs(dst, &s, len, &st);
}
