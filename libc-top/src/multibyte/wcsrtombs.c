#include <stdint.h>
#include <wchar.h>

size_t wcsrtombs(char *__restrict dst, const wchar_t **__restrict src, size_t len, mbstate_t *__restrict ps)
{
	return wcsnrtombs(dst, src, SIZE_MAX, len, ps);
}
