#include <stdlib.h>
#include "search_impl.h"

/* POSIX tdelete: removes the node holding key and returns its parent (the
   root pointer itself when it was the root), or null if key is absent.
   Nodes are relinked, never their keys moved: a node the caller holds
   keeps its key. */
void *tdelete(const void *__restrict key, void **__restrict rootp, int (*cmp)(const void *, const void *))
{
	if (!rootp)
		return 0;
	struct tnode **path[2 * TREE_MAX_HEIGHT + 1];
	struct tnode *owner = 0;
	struct tnode **slot = (struct tnode **)rootp;
	int depth = 0;
	for (;;) {
		if (!*slot)
			return 0;
		int c = cmp(key, (*slot)->key);
		if (!c)
			break;
		path[depth++] = slot;
		owner = *slot;
		slot = &(*slot)->child[c > 0];
	}
	struct tnode *gone = *slot;
	if (!gone->child[0] || !gone->child[1]) {
		*slot = gone->child[!gone->child[0]];
	} else {
		/* The successor, the leftmost node on the right, takes gone's
		   place; the path down to it runs through the successor's own
		   right link once it has moved. */
		int top = depth;
		path[depth++] = slot;
		struct tnode **s = &gone->child[1];
		while ((*s)->child[0]) {
			path[depth++] = s;
			s = &(*s)->child[0];
		}
		struct tnode *succ = *s;
		*s = succ->child[1];
		succ->child[0] = gone->child[0];
		succ->child[1] = gone->child[1];
		succ->height = gone->height;
		*slot = succ;
		if (depth > top + 1)
			path[top + 1] = &succ->child[1];
	}
	free(gone);
	while (depth) {
		struct tnode **p = path[--depth];
		if (*p)
			*p = __tree_balance(*p);
	}
	return owner ? (void *)owner : (void *)rootp;
}
