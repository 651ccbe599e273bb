#include <errno.h>
#include "fts_impl.h"

/* The children of the entry fts_read returned last, which fts_read then
   walks (unless they were built with FTS_NAMEONLY, and so lack what a
   walk needs). Before the first fts_read, the roots. */
FTSENT *fts_children(FTS *ftsp, int instr)
{
	struct fts *sp = (struct fts *)ftsp;
	FTSENT *p = ftsp->fts_cur;
	if (instr != 0 && instr != FTS_NAMEONLY) {
		errno = EINVAL;
		return 0;
	}
	errno = 0;
	if (ftsp->fts_options & FTS_STOP)
		return 0;
	if (p->fts_info == FTS_INIT)
		return p->fts_link;
	if (p->fts_info != FTS_D)
		return 0;
	if (__fts_build(sp, p, instr == FTS_NAMEONLY))
		return 0;
	sp->nameonly = instr == FTS_NAMEONLY;
	ftsp->fts_child = fts_node_of(p)->kids;
	errno = 0;
	return ftsp->fts_child;
}
