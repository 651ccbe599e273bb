#include <errno.h>
#include "fts_impl.h"

/* The first entry of the list from p on that fts_set did not mark
   FTS_SKIP; when there is none, the postorder visit of their parent, or
   the end of the walk after the last root. */
static FTSENT *visit(struct fts *sp, FTSENT *p, FTSENT *parent)
{
	for (; p; p = p->fts_link) {
		int instr = p->fts_instr;
		p->fts_instr = FTS_NOINSTR;
		if (instr == FTS_SKIP)
			continue;
		if (instr == FTS_FOLLOW && (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE))
			p->fts_info = __fts_stat(sp, p, 1);
		if (p->fts_level == FTS_ROOTLEVEL && p->fts_info == FTS_D)
			sp->pub.fts_dev = p->fts_dev;
		sp->pub.fts_cur = p;
		return p;
	}
	if (parent->fts_level == FTS_ROOTPARENTLEVEL) {
		sp->pub.fts_options |= FTS_STOP;
		errno = 0;
		return 0;
	}
	__fts_free_kids(parent);
	sp->pub.fts_child = 0;
	parent->fts_info = FTS_DP;
	sp->pub.fts_cur = parent;
	return parent;
}

/* The walk: each directory before (FTS_D) and after (FTS_DP) its
   children, siblings in compar order. A directory's children live until
   its FTS_DP visit. */
FTSENT *fts_read(FTS *ftsp)
{
	struct fts *sp = (struct fts *)ftsp;
	FTSENT *p = ftsp->fts_cur;
	if (ftsp->fts_options & FTS_STOP)
		return 0;
	int instr = p->fts_instr;
	p->fts_instr = FTS_NOINSTR;

	if (instr == FTS_AGAIN) {
		__fts_free_kids(p);
		p->fts_info = __fts_stat(sp, p, __fts_follows(sp, p));
		return p;
	}
	if (instr == FTS_FOLLOW && (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE)) {
		p->fts_info = __fts_stat(sp, p, 1);
		if (p->fts_info == FTS_D)
			p->fts_flags |= FTS_SYMFOLLOW;
		return p;
	}
	if (p->fts_info == FTS_D) {
		if (instr == FTS_SKIP || (ftsp->fts_options & FTS_XDEV && p->fts_dev != ftsp->fts_dev)) {
			__fts_free_kids(p);
			p->fts_info = FTS_DP;
			return p;
		}
		if (!fts_node_of(p)->kids || sp->nameonly) {
			sp->nameonly = 0;
			if (__fts_build(sp, p, 0)) {
				ftsp->fts_options |= FTS_STOP;
				return 0;
			}
			if (p->fts_info == FTS_DNR)
				return p;
		}
		ftsp->fts_child = 0;
		if (!fts_node_of(p)->kids) {
			p->fts_info = FTS_DP;
			return p;
		}
		return visit(sp, fts_node_of(p)->kids, p);
	}
	return visit(sp, p->fts_link, p->fts_parent);
}
