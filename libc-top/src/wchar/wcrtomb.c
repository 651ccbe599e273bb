#include <errno.h>
#include <wchar.h>

/* UTF-8 (RFC 3629): code points up to U+10FFFF, surrogates excluded. The
   encoding keeps no state between calls. */
size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict st)
{
	unsigned c = wc;

	if (!s)
		return 1;
	if (c < 0x80) {
		s[0] = c;
		return 1;
	}
	if (c < 0x800) {
		s[0] = 0xc0 | c >> 6;
		s[1] = 0x80 | (c & 0x3f);
		return 2;
	}
	if (c < 0x10000 && (c < 0xd800 || c > 0xdfff)) {
		s[0] = 0xe0 | c >> 12;
		s[1] = 0x80 | (c >> 6 & 0x3f);
		s[2] = 0x80 | (c & 0x3f);
		return 3;
	}
	if (c >= 0x10000 && c < 0x110000) {
		s[0] = 0xf0 | c >> 18;
		s[1] = 0x80 | (c >> 12 & 0x3f);
		s[2] = 0x80 | (c >> 6 & 0x3f);
		s[3] = 0x80 | (c & 0x3f);
		return 4;
	}
	errno = EILSEQ;
	return -1;
}
