#include <string.h>
#include "stdio_impl.h"

/* An fpos_t holds the offset and, after it, a wide stream's conversion
   state (C11 7.21.2p6). */
int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t off;

	FLOCK(f);
	off = __ftello_unlocked(f);
	if (off >= 0) {
		pos->__lldata = off;
		memcpy(pos->__opaque + sizeof off, &f->mbs, sizeof f->mbs);
	}
	FUNLOCK(f);
	return off < 0 ? -1 : 0;
}

/* The large-file name: off_t is 64 bits already. */
#undef fgetpos64
weak_alias(fgetpos, fgetpos64);
