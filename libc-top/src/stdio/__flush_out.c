#include "stdio_impl.h"

int __flush_out(FILE *f)
{
	size_t n = f->wpos - f->wbase;
	int r = 0;

	/* The write operation may move the buffer (snprintf's does), so the
	   window is set up again from f->buf afterwards. On error the
	   unwritten bytes are dropped: keeping them would only make every
	   later flush, and exit, fail the same way. */
	if (n && f->write(f, f->wbase, n) != n)
		r = EOF;
	f->wbase = f->wpos = f->buf;
	f->wend = (f->flags & F_NOBUF) ? f->buf : f->buf + f->buf_size;
	return r;
}
