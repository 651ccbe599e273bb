#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fts_impl.h"

FTS *fts_open(char *const *argv, int options, int (*compar)(const FTSENT **, const FTSENT **))
{
	if (options & ~FTS_OPTIONMASK || !(options & (FTS_LOGICAL | FTS_PHYSICAL))) {
		errno = EINVAL;
		return 0;
	}
	for (char *const *a = argv; *a; a++)
		if (!**a) {
			errno = ENOENT;
			return 0;
		}
	struct fts *sp = calloc(1, sizeof *sp);
	if (!sp)
		return 0;
	sp->pub.fts_options = options | FTS_NOCHDIR;
	sp->pub.fts_compar = compar;
	sp->pub.fts_rfd = -1;
	sp->rootparent = __fts_new(0, "", 0);
	sp->init = __fts_new(0, "", 0);
	if (!sp->rootparent || !sp->init)
		goto nomem;
	sp->rootparent->fts_level = FTS_ROOTPARENTLEVEL;
	sp->rootparent->fts_info = FTS_INIT;

	/* the roots hang below their parent as they come, for fts_close */
	FTSENT **roots = &fts_node_of(sp->rootparent)->kids, **tail = roots;
	for (; *argv; argv++) {
		FTSENT *p = __fts_new(0, *argv, strlen(*argv));
		if (!p)
			goto nomem;
		*tail = p;
		tail = &p->fts_link;
		p->fts_parent = sp->rootparent;
		p->fts_level = FTS_ROOTLEVEL;
		p->fts_info = __fts_stat(sp, p, __fts_follows(sp, p));
	}
	if (compar)
		*roots = __fts_sort(*roots, compar);

	/* fts_read starts from here as from a visited entry whose next
	   sibling is the first root */
	sp->init->fts_info = FTS_INIT;
	sp->init->fts_link = *roots;
	sp->init->fts_parent = sp->rootparent;
	sp->init->fts_level = FTS_ROOTLEVEL;
	sp->pub.fts_cur = sp->init;
	return &sp->pub;
nomem:
	fts_close(&sp->pub);
	errno = ENOMEM;
	return 0;
}
