#include <limits.h>
#include <string.h>
#include <wchar.h>
#include "stdio_impl.h"

/* The character goes back as the bytes that encode it, into the
   pushback room in front of the buffer (UNGET >= MB_LEN_MAX). */
wint_t ungetwc(wint_t wc, FILE *f)
{
	char mb[MB_LEN_MAX];
	mbstate_t st = { 0 };
	size_t n;

	if (wc == (wint_t)WEOF)
		return WEOF;
	FLOCK(f);
	if (!f->orient)
		f->orient = 1;
	n = wcrtomb(mb, wc, &st);
	if (n == (size_t)-1 || (!f->rpos && __toread(f)) || f->rpos - n < f->buf - UNGET) {
		FUNLOCK(f);
		return WEOF;
	}
	f->rpos -= n;
	memcpy(f->rpos, mb, n);
	f->flags &= ~F_EOF;
	FUNLOCK(f);
	return wc;
}
