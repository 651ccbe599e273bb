#include "stdio_impl.h"

int __overflow(FILE *f, int c)
{
	unsigned char b = c;

	if (!f->wend && __towrite(f))
		return EOF;
	if (f->wpos == f->wend && __flush_out(f))
		return EOF;
	if (f->wpos == f->wend)
		return f->write(f, &b, 1) == 1 ? b : EOF;
	*f->wpos++ = b;
	if (b == f->lbf && __flush_out(f))
		return EOF;
	return b;
}
