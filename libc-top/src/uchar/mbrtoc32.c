#include <uchar.h>
#include <wchar.h>

/* C17 7.28.1.3: wchar_t already holds UTF-32 (__STDC_ISO_10646__). */
size_t mbrtoc32(char32_t *__restrict pc32, const char *__restrict s, size_t n, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	wchar_t wc;
	if (!ps)
		ps = &internal;
	if (!s)
		return mbrtowc(0, 0, 0, ps);
	size_t r = mbrtowc(&wc, s, n, ps);
	if (r <= 4 && pc32)
		*pc32 = (char32_t)wc;
	return r;
}
