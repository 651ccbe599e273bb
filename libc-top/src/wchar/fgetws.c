#define _GNU_SOURCE
#include <wchar.h>
#include "stdio_impl.h"

wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	wchar_t *p = s;
	wint_t c = 0;

	if (n <= 0)
		return 0;
	FLOCK(f);
	for (; n > 1 && c != (wint_t)L'\n'; n--) {
		c = __fgetwc_unlocked(f);
		if (c == (wint_t)WEOF)
			break;
		*p++ = c;
	}
	*p = 0;
	/* C11 7.29.3.2: null at end of file before any character, or on an
	   error. */
	if ((c == (wint_t)WEOF && (p == s || (f->flags & F_ERR))))
		s = 0;
	FUNLOCK(f);
	return s;
}

weak_alias(fgetws, fgetws_unlocked);
