#include <stdlib.h>
#include "search_impl.h"

/* GNU tdestroy: frees every node, after handing each key to free_key. */
void tdestroy(void *root, void (*free_key)(void *))
{
	struct tnode *n = root;
	if (!n)
		return;
	tdestroy(n->child[0], free_key);
	tdestroy(n->child[1], free_key);
	free_key((void *)n->key);
	free(n);
}
