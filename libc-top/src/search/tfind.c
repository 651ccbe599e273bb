#include "search_impl.h"

void *tfind(const void *key, void *const *rootp, int (*cmp)(const void *, const void *))
{
	if (!rootp)
		return 0;
	struct tnode *n = *rootp;
	while (n) {
		int c = cmp(key, n->key);
		if (!c)
			break;
		n = n->child[c > 0];
	}
	return n;
}
