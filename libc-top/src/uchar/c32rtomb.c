#include <uchar.h>
#include <wchar.h>

/* C17 7.28.1.4 */
size_t c32rtomb(char *__restrict s, char32_t c32, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	return wcrtomb(s, (wchar_t)c32, ps ? ps : &internal);
}
