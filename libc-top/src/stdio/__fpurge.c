#include <stdio_ext.h>
#include "stdio_impl.h"

/* Drops what is buffered in either direction, unwritten output and
   unread input (pushback included). */
int __fpurge(FILE *f)
{
	FLOCK(f);
	f->wpos = f->wbase;
	if (f->rpos)
		f->rpos = f->rend;
	FUNLOCK(f);
	return 0;
}

weak_alias(__fpurge, fpurge);
