#include <errno.h>
#include "stdio_impl.h"

int __toread(FILE *f)
{
	if (f->rpos)
		return 0;
	if (f->flags & F_NORD) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->wbase) {
		if (__flush_out(f))
			return EOF;
		f->wbase = f->wpos = f->wend = 0;
	}
	if (!f->orient)
		f->orient = -1;
	f->rpos = f->rend = f->buf;
	return 0;
}
