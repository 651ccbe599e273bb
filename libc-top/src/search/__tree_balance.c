#include "search_impl.h"

static int height(const struct tnode *n)
{
	return n ? n->height : 0;
}

static void update(struct tnode *n)
{
	int l = height(n->child[0]), r = height(n->child[1]);
	n->height = 1 + (l > r ? l : r);
}

/* Turns the subtree at n so that its child on side `dir` rises. */
static struct tnode *rotate(struct tnode *n, int dir)
{
	struct tnode *up = n->child[dir];
	n->child[dir] = up->child[!dir];
	up->child[!dir] = n;
	update(n);
	update(up);
	return up;
}

hidden struct tnode *__tree_balance(struct tnode *n)
{
	int diff = height(n->child[0]) - height(n->child[1]);
	if (diff > 1 || diff < -1) {
		int dir = diff < 0; /* the taller side */
		struct tnode *c = n->child[dir];
		if (height(c->child[!dir]) > height(c->child[dir]))
			n->child[dir] = rotate(c, !dir);
		return rotate(n, dir);
	}
	update(n);
	return n;
}
