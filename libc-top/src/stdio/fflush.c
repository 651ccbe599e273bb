#define _GNU_SOURCE
#include "stdio_impl.h"

int __fflush_stream(FILE *f)
{
	if (f->wpos != f->wbase)
		return __flush_out(f);
	/* POSIX fflush: a seekable input stream gives back what it read
	   ahead, so that its file descriptor is at the stream's position. A
	   pipe keeps its read-ahead, which would otherwise be lost. */
	if (f->rpos != f->rend && f->seek && f->seek(f, f->rpos - f->rend, SEEK_CUR) >= 0)
		f->rpos = f->rend = 0;
	return 0;
}

int fflush(FILE *f)
{
	int r;

	if (!f)
		return __stdio_each(__fflush_stream) ? EOF : 0;
	FLOCK(f);
	r = __fflush_stream(f);
	FUNLOCK(f);
	return r;
}

weak_alias(fflush, fflush_unlocked);
