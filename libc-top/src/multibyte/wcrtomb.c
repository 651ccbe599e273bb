#include <errno.h>
#include <wchar.h>
#include "locale_impl.h"

/* C17 7.29.6.3.3. No encoding here has shift states, so the state is only
   checked for being the initial one. */
size_t wcrtomb(char *__restrict s, wchar_t wc, mbstate_t *__restrict ps)
{
	unsigned c = (unsigned)wc;
	if (!s)
		return 1;
	if (c < 0x80) {
		*s = (char)c;
		return 1;
	}
	if (!CURRENT_UTF8) {
		if (!C_WC_IS_BYTE(wc))
			goto ilseq;
		*s = (char)(unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		s[0] = (char)(0xc0 | c >> 6);
		s[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		if (c - 0xd800 < 0x800)
			goto ilseq;
		s[0] = (char)(0xe0 | c >> 12);
		s[1] = (char)(0x80 | (c >> 6 & 0x3f));
		s[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	if (c < 0x110000) {
		s[0] = (char)(0xf0 | c >> 18);
		s[1] = (char)(0x80 | (c >> 12 & 0x3f));
		s[2] = (char)(0x80 | (c >> 6 & 0x3f));
		s[3] = (char)(0x80 | (c & 0x3f));
		return 4;
	}
ilseq:
	errno = EILSEQ;
	return (size_t)-1;
}
