#include <wchar.h>

size_t mbrlen(const char *__restrict s, size_t n, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	return mbrtowc(0, s, n, ps ? ps : &internal);
}
