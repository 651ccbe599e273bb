#include <errno.h>
#include <uchar.h>
#include <wchar.h>
#include "uchar_impl.h"

/* C17 7.28.1.2: a high surrogate is held in the state and writes nothing;
   the low surrogate that follows writes the whole character. */
size_t c16rtomb(char *__restrict s, char16_t c16, mbstate_t *__restrict ps)
{
	static mbstate_t internal;
	char buf[4];
	if (!ps)
		ps = &internal;
	if (!s) {
		s = buf;
		c16 = 0;
	}
	unsigned c = c16;
	if (HAS_SURROGATE(ps)) {
		unsigned high = MB_VALUE(ps);
		MB_SET(ps, 0, 0, 0, 0);
		if (c - 0xdc00 >= 0x400)
			goto ilseq;
		c = 0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00);
	} else if (c - 0xd800 < 0x400) {
		SET_SURROGATE(ps, c);
		return 0;
	}
	/* A lone low surrogate goes to wcrtomb, which refuses it in UTF-8
	   and writes it as the byte it stands for in the C locale. */
	return wcrtomb(s, (wchar_t)c, 0);
ilseq:
	errno = EILSEQ;
	return (size_t)-1;
}
