#define _GNU_SOURCE
#include <errno.h>
#include "stdio_impl.h"

int __fseeko_unlocked(FILE *f, off_t off, int whence)
{
	fd_stream_ops(f);
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (!f->seek) {
		errno = ESPIPE;
		return -1;
	}
	/* The object is ahead of the stream by what was read ahead. */
	if (whence == SEEK_CUR && f->rpos)
		off -= f->rend - f->rpos;
	if (f->wpos != f->wbase && __flush_out(f))
		return -1;
	f->wbase = f->wpos = f->wend = 0;
	f->rpos = f->rend = 0;
	if (f->seek(f, off, whence) < 0)
		return -1;
	/* C11 7.21.9.2p5: success clears end-of-file and drops pushback. */
	f->flags &= ~F_EOF;
	return 0;
}

int fseeko(FILE *f, off_t off, int whence)
{
	int r;

	FLOCK(f);
	r = __fseeko_unlocked(f, off, whence);
	FUNLOCK(f);
	return r;
}

/* The large-file name: off_t is 64 bits already. */
#undef fseeko64
weak_alias(fseeko, fseeko64);
