#include <stdint.h>
#include <wchar.h>

size_t mbsrtowcs(wchar_t *__restrict dst, const char **__restrict src, size_t len, mbstate_t *__restrict ps)
{
	return mbsnrtowcs(dst, src, SIZE_MAX, len, ps);
}
