#include <errno.h>
#include "fts_impl.h"

int fts_set(FTS *ftsp, FTSENT *p, int instr)
{
	if (instr != 0 && instr != FTS_AGAIN && instr != FTS_FOLLOW && instr != FTS_NOINSTR &&
	    instr != FTS_SKIP) {
		errno = EINVAL;
		return -1;
	}
	p->fts_instr = instr ? instr : FTS_NOINSTR;
	return 0;
}
