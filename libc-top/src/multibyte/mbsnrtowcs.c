#include <wchar.h>

/* Converts at most `nms` bytes of *src into at most `len` wide characters
   (any number when dst is null, which only counts). *src advances past what
   was converted, or becomes null when the terminator was reached. */
size_t mbsnrtowcs(wchar_t *__restrict dst, const char **__restrict src, size_t nms, size_t len,
                  mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0;
	if (!ps)
		ps = &internal;
	while (!dst || count < len) {
		wchar_t wc;
		size_t r = mbrtowc(&wc, s, nms, ps);
		if (r == (size_t)-1) {
			if (dst)
				*src = s;
			return r;
		}
		if (r == (size_t)-2) {
			/* The source ran out inside a character: the state holds it. */
			s += nms;
			break;
		}
		if (dst)
			dst[count] = wc;
		if (!wc) {
			s = 0;
			break;
		}
		s += r;
		nms -= r;
		count++;
	}
	if (dst)
		*src = s;
	return count;
}
