#include "stdio_impl.h"

int __uflow(FILE *f)
{
	size_t n;

	/* C11 7.21.7.1: once the end-of-file indicator is set, reads fail
	   until it is cleared, even if more data has arrived. */
	if (f->flags & F_EOF)
		return EOF;
	if (__toread(f))
		return EOF;
	if (f->rpos != f->rend)
		return *f->rpos++;
	/* The read operation may move the buffer instead of filling it. */
	n = f->read(f, f->buf, f->buf_size);
	f->rpos = f->buf;
	f->rend = f->buf + n;
	if (!n)
		return EOF;
	return *f->rpos++;
}
