#include <string.h>
#include "stdio_impl.h"

int fsetpos(FILE *f, const fpos_t *pos)
{
	int r;

	FLOCK(f);
	r = __fseeko_unlocked(f, pos->__lldata, SEEK_SET);
	if (!r)
		memcpy(&f->mbs, pos->__opaque + sizeof(off_t), sizeof f->mbs);
	FUNLOCK(f);
	return r;
}

/* The large-file name: off_t is 64 bits already. */
#undef fsetpos64
weak_alias(fsetpos, fsetpos64);
