#define _GNU_SOURCE
#include <limits.h>
#include <wchar.h>
#include "stdio_impl.h"

wint_t __fputwc_unlocked(wchar_t wc, FILE *f)
{
	char mb[MB_LEN_MAX];
	size_t n;

	if (!f->orient)
		f->orient = 1;
	if ((unsigned)wc < 0x80)
		return putc_fast(wc, f) == EOF ? WEOF : (wint_t)wc;
	n = wcrtomb(mb, wc, &f->mbs);
	if (n == (size_t)-1) {
		f->flags |= F_ERR;
		return WEOF;
	}
	return __fwritex((unsigned char *)mb, n, f) == n ? (wint_t)wc : WEOF;
}

wint_t fputwc(wchar_t wc, FILE *f)
{
	wint_t r;

	FLOCK(f);
	r = __fputwc_unlocked(wc, f);
	FUNLOCK(f);
	return r;
}

weak_alias(__fputwc_unlocked, fputwc_unlocked);
