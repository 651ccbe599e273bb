#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <wchar.h>
#include "stdio_impl.h"

/* The wide scanf reads the stream's multibyte text with the byte
   scanf's core, given the format converted to multibyte: numbers are
   ASCII either way, %s %c %[ store what a conversion of the wide input
   to multibyte would, and %ls %lc %l[ decode it. Field widths count
   bytes, which for characters outside ASCII is fewer characters than
   C11 7.29.2.2 counts. */
int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	char small[256], *mfmt = small;
	const wchar_t *p = fmt;
	mbstate_t st = { 0 };
	va_list ap2;
	size_t n;
	int r;

	n = wcsrtombs(0, &p, 0, &st);
	if (n == (size_t)-1)
		return EOF;
	if (n >= sizeof small && !(mfmt = malloc(n + 1)))
		return EOF;
	p = fmt;
	wcsrtombs(mfmt, &p, n + 1, &st);
	va_copy(ap2, ap);
	FLOCK(f);
	if (!f->orient)
		f->orient = 1;
	r = __vfscanf_core(f, mfmt, &ap2);
	FUNLOCK(f);
	va_end(ap2);
	if (mfmt != small)
		free(mfmt);
	return r;
}
