#include <uchar.h>
#include <wchar.h>
#include "uchar_impl.h"

/* C17 7.28.1.1: a character beyond U+FFFF comes out as two calls, the
   first returning the bytes it used and the high surrogate, the second
   returning (size_t)-3 and the low surrogate without reading anything. */
size_t mbrtoc16(char16_t *__restrict pc16, const char *__restrict s, size_t n, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	if (!ps)
		ps = &internal;
	if (!s) {
		pc16 = 0;
		s = "";
		n = 1;
	}
	if (HAS_SURROGATE(ps)) {
		if (pc16)
			*pc16 = (char16_t)MB_VALUE(ps);
		MB_SET(ps, 0, 0, 0, 0);
		return (size_t)-3;
	}
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, ps);
	if (r > 4)
		return r;
	unsigned c = (unsigned)wc;
	if (c >= 0x10000) {
		SET_SURROGATE(ps, 0xdc00 | (c & 0x3ff));
		c = 0xd800 | (c - 0x10000) >> 10;
	}
	if (pc16)
		*pc16 = (char16_t)c;
	return r;
}
