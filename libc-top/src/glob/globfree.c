#include <glob.h>
#include <stdlib.h>
#include "libc.h"

void globfree(glob_t *g)
{
	size_t offs = g->gl_offs;
	for (size_t i = 0; g->gl_pathv && i < g->gl_pathc; i++)
		free(g->gl_pathv[offs + i]);
	free(g->gl_pathv);
	g->gl_pathc = 0;
	g->gl_pathv = 0;
}

weak_alias(globfree, globfree64);
