#include <errno.h>
#include "stdio_impl.h"

/* C11 7.21.5.6. Called before any other operation, as C asks, it can
   switch buffers; later, pending output is written first and a buffer
   holding unread input is kept, only the mode changing. */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return -1;
	}
	FLOCK(f);
	if (f->wpos != f->wbase)
		__flush_out(f);
	/* An explicit choice replaces stdout's own terminal test. */
	if (f->write == __stdout_write)
		f->write = __stdio_write;
	f->flags &= ~F_NOBUF;
	f->lbf = mode == _IOLBF ? '\n' : EOF;
	if (mode == _IONBF)
		f->flags |= F_NOBUF;
	else if (buf && size > 2 * UNGET && f->rpos == f->rend) {
		f->buf = (unsigned char *)buf + UNGET;
		f->buf_size = size - UNGET;
		f->flags |= F_UBUF;
		if (f->rpos)
			f->rpos = f->rend = f->buf;
	}
	if (f->wend) {
		f->wbase = f->wpos = f->buf;
		f->wend = (f->flags & F_NOBUF) ? f->buf : f->buf + f->buf_size;
	}
	FUNLOCK(f);
	return 0;
}
