#include <stdlib.h>
#include "search_impl.h"

/* POSIX tsearch: the node holding key, added if it was not there; null
   if rootp is null or memory runs out. */
void *tsearch(const void *key, void **rootp, int (*cmp)(const void *, const void *))
{
	if (!rootp)
		return 0;
	struct tnode **path[TREE_MAX_HEIGHT + 1];
	struct tnode **slot = (struct tnode **)rootp;
	int depth = 0;
	while (*slot) {
		int c = cmp(key, (*slot)->key);
		if (!c)
			return *slot;
		path[depth++] = slot;
		slot = &(*slot)->child[c > 0];
	}
	struct tnode *n = malloc(sizeof *n);
	if (!n)
		return 0;
	n->key = key;
	n->child[0] = n->child[1] = 0;
	n->height = 1;
	*slot = n;
	while (depth--)
		*path[depth] = __tree_balance(*path[depth]);
	return n;
}
