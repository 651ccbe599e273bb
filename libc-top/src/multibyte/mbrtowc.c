#include <errno.h>
#include <wchar.h>
#include "locale_impl.h"
#include "mbstate_impl.h"

/* C17 7.29.6.3.2. Returns the bytes used to complete a character, 0 for
   the null character, (size_t)-2 when all n bytes were used and the
   character is still incomplete (the state remembers them), or (size_t)-1
   with EILSEQ for an invalid sequence. */
size_t mbrtowc(wchar_t *__restrict pwc, const char *__restrict src, size_t n, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	const unsigned char *s = (const unsigned char *)src;
	if (!ps)
		ps = &internal;
	if (!s) {
		if (MB_PENDING(ps))
			goto ilseq;
		return 0;
	}
	if (!n)
		return (size_t)-2;
	if (!CURRENT_UTF8) {
		wchar_t wc = *s < 0x80 ? *s : C_BYTE_TO_WC(*s);
		if (pwc)
			*pwc = wc;
		return wc != 0;
	}
	unsigned value = MB_VALUE(ps), pending = MB_PENDING(ps);
	unsigned lo = MB_LO(ps), hi = MB_HI(ps);
	size_t used = 0;
	if (!pending) {
		unsigned c = s[used++];
		if (c < 0x80) {
			if (pwc)
				*pwc = (wchar_t)c;
			return c != 0;
		}
		lo = 0x80;
		hi = 0xbf;
		if (c - 0xc2 <= 0xdf - 0xc2) {
			pending = 1;
			value = c & 0x1f;
		} else if (c - 0xe0 <= 0xef - 0xe0) {
			pending = 2;
			value = c & 0x0f;
			if (c == 0xe0)
				lo = 0xa0; /* no overlong forms */
			if (c == 0xed)
				hi = 0x9f; /* no surrogates */
		} else if (c - 0xf0 <= 0xf4 - 0xf0) {
			pending = 3;
			value = c & 0x07;
			if (c == 0xf0)
				lo = 0x90;
			if (c == 0xf4)
				hi = 0x8f; /* nothing above 0x10ffff */
		} else {
			goto ilseq;
		}
	}
	while (pending) {
		if (used == n) {
			MB_SET(ps, value, pending, lo, hi);
			return (size_t)-2;
		}
		unsigned c = s[used++];
		if (c < lo || c > hi)
			goto ilseq;
		value = value << 6 | (c & 0x3f);
		pending--;
		lo = 0x80;
		hi = 0xbf;
	}
	MB_SET(ps, 0, 0, 0, 0);
	if (pwc)
		*pwc = (wchar_t)value;
	return value ? used : 0;
ilseq:
	MB_SET(ps, 0, 0, 0, 0);
	errno = EILSEQ;
	return (size_t)-1;
}
