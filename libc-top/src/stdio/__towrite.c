#include <errno.h>
#include "stdio_impl.h"

int __towrite(FILE *f)
{
	if (f->wend)
		return 0;
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->rpos) {
		/* Give back what was read ahead, so that the write lands at the
		   stream's position rather than the object's. */
		if (f->rpos != f->rend && f->seek)
			f->seek(f, f->rpos - f->rend, SEEK_CUR);
		f->rpos = f->rend = 0;
	}
	if (!f->orient)
		f->orient = -1;
	f->write(f, 0, 0);
	f->wbase = f->wpos = f->buf;
	f->wend = (f->flags & F_NOBUF) ? f->buf : f->buf + f->buf_size;
	return 0;
}
