#include <string.h>
#include "stdio_impl.h"

/* Buffers n bytes, writing the buffer out first if they do not fit and
   writing them directly if they are more than a buffer's worth. */
static size_t put(FILE *f, const unsigned char *s, size_t n)
{
	if (n > (size_t)(f->wend - f->wpos)) {
		if (__flush_out(f))
			return 0;
		if (n > (size_t)(f->wend - f->wpos))
			return f->write(f, s, n);
	}
	memcpy(f->wpos, s, n);
	f->wpos += n;
	return n;
}

size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	size_t i = 0;

	if (!f->wend && __towrite(f))
		return 0;
	if (f->lbf == '\n') {
		/* Everything up to the last newline goes out now. */
		for (i = n; i && s[i - 1] != '\n'; i--)
			;
		if (i && (put(f, s, i) != i || __flush_out(f)))
			return 0;
	}
	return i + put(f, s + i, n - i);
}
