#define _GNU_SOURCE
#include <errno.h>
#include <wchar.h>
#include "stdio_impl.h"

/* Bytes are read until they make one character of the locale's
   encoding; the stream's state carries nothing between characters, since
   a character is always completed here (C11 7.29.3.1). */
wint_t __fgetwc_unlocked(FILE *f)
{
	wchar_t wc;
	size_t r;
	char b;
	int c;

	if (!f->orient)
		f->orient = 1;
	c = getc_fast(f);
	/* Every locale here encodes ASCII as itself. */
	if ((unsigned)c < 0x80)
		return c;
	while (c != EOF) {
		b = c;
		r = mbrtowc(&wc, &b, 1, &f->mbs);
		if (r == (size_t)-1) {
			f->flags |= F_ERR;
			return WEOF;
		}
		if (r != (size_t)-2)
			return wc;
		c = getc_fast(f);
	}
	/* End of file inside a character is an encoding error. */
	if (!mbsinit(&f->mbs)) {
		f->mbs = (mbstate_t){ 0 };
		f->flags |= F_ERR;
		errno = EILSEQ;
	}
	return WEOF;
}

wint_t fgetwc(FILE *f)
{
	wint_t c;

	FLOCK(f);
	c = __fgetwc_unlocked(f);
	FUNLOCK(f);
	return c;
}

weak_alias(__fgetwc_unlocked, fgetwc_unlocked);
