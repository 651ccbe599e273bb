#define _GNU_SOURCE
#include <errno.h>
#include "stdio_impl.h"

off_t __ftello_unlocked(FILE *f)
{
	off_t pos;

	fd_stream_ops(f);
	if (!f->seek) {
		errno = ESPIPE;
		return -1;
	}
	/* In append mode, buffered output goes to the end of the file. */
	if ((f->flags & F_APP) && f->wpos != f->wbase)
		pos = f->seek(f, 0, SEEK_END);
	else
		pos = f->seek(f, 0, SEEK_CUR);
	if (pos < 0)
		return pos;
	if (f->rpos)
		pos -= f->rend - f->rpos;
	else if (f->wbase)
		pos += f->wpos - f->wbase;
	return pos;
}

off_t ftello(FILE *f)
{
	off_t pos;

	FLOCK(f);
	pos = __ftello_unlocked(f);
	FUNLOCK(f);
	return pos;
}

/* The large-file name: off_t is 64 bits already. */
#undef ftello64
weak_alias(ftello, ftello64);
