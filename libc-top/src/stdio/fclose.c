#include <stdlib.h>
#include "stdio_impl.h"

int fclose(FILE *f)
{
	int r;

	FLOCK(f);
	fd_stream_ops(f);
	r = __fflush_stream(f);
	if (f->close && f->close(f))
		r = EOF;
	FUNLOCK(f);
	free(f->getln_buf);
	f->getln_buf = 0;
	f->getln_size = 0;
	if (f->flags & F_FREE) {
		__ofl_del(f);
		free(f);
	} else {
		/* A standard stream cannot be freed; it is left closed, so
		   that a later use fails instead of reaching a reused file
		   descriptor, and exit has nothing left to flush. */
		f->flags |= F_NORD | F_NOWR;
		f->rpos = f->rend = 0;
		f->wbase = f->wpos = f->wend = 0;
		f->close = 0;
		f->fd = -1;
	}
	return r;
}
