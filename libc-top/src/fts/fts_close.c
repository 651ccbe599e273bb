#include <stdlib.h>
#include "fts_impl.h"

/* Every entry hangs below the roots' parent: the roots are its children,
   and each directory being walked holds its own. */
int fts_close(FTS *ftsp)
{
	struct fts *sp = (struct fts *)ftsp;
	if (sp->rootparent)
		__fts_free_list(sp->rootparent);
	if (sp->init)
		free(fts_node_of(sp->init));
	free(sp);
	return 0;
}
