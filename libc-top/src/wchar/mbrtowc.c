#include <errno.h>
#include <wchar.h>

/* UTF-8 (RFC 3629), decoded strictly: no overlong forms, no surrogates,
   nothing above U+10FFFF, each error caught at the first byte that
   makes it one. A sequence split across calls is kept in the state:
   __opaque1 holds the bits so far, __opaque2 the count of bytes still
   needed (low byte) and the range the next byte must be in (the second
   byte of a sequence has a narrower range after E0, ED, F0 and F4). */
size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;
	const unsigned char *p = (const unsigned char *)s;
	unsigned c, need, lo = 0x80, hi = 0xbf;
	size_t i = 0;

	if (!st)
		st = &internal;
	if (!s) {
		if (st->__opaque2)
			goto ilseq;
		return 0;
	}
	if (!n)
		return -2;
	need = st->__opaque2 & 0xff;
	c = st->__opaque1;
	if (need) {
		lo = st->__opaque2 >> 8 & 0xff;
		hi = st->__opaque2 >> 16;
	} else {
		c = p[i++];
		if (c < 0x80) {
			if (pwc)
				*pwc = c;
			return c != 0;
		}
		if (c < 0xc2 || c > 0xf4)
			goto ilseq;
		if (c < 0xe0) {
			need = 1;
			c &= 0x1f;
		} else if (c < 0xf0) {
			need = 2;
			lo = c == 0xe0 ? 0xa0 : 0x80;
			hi = c == 0xed ? 0x9f : 0xbf;
			c &= 0x0f;
		} else {
			need = 3;
			lo = c == 0xf0 ? 0x90 : 0x80;
			hi = c == 0xf4 ? 0x8f : 0xbf;
			c &= 0x07;
		}
	}
	for (; need; need--, lo = 0x80, hi = 0xbf) {
		if (i == n) {
			st->__opaque1 = c;
			st->__opaque2 = need | lo << 8 | hi << 16;
			return -2;
		}
		if (p[i] < lo || p[i] > hi)
			goto ilseq;
		c = c << 6 | (p[i++] & 0x3f);
	}
	st->__opaque1 = st->__opaque2 = 0;
	if (pwc)
		*pwc = c;
	return i;
ilseq:
	st->__opaque1 = st->__opaque2 = 0;
	errno = EILSEQ;
	return -1;
}
