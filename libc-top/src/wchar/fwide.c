#include <wchar.h>
#include "stdio_impl.h"

/* C11 7.29.3.5: set the orientation if there is none yet and mode asks,
   and tell it (byte functions set it to byte on first use). */
int fwide(FILE *f, int mode)
{
	FLOCK(f);
	if (mode && !f->orient)
		f->orient = mode > 0 ? 1 : -1;
	mode = f->orient;
	FUNLOCK(f);
	return mode;
}
