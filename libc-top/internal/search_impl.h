#ifndef _INTERNAL_SEARCH_IMPL_H
#define _INTERNAL_SEARCH_IMPL_H

#define _GNU_SOURCE
#include <search.h>
#include "libc.h"

/* A hash table: open addressing with linear probing over a power-of-two
   array, kept at most three-quarters full. It grows only when it would
   otherwise be full, so entries stay put while a program stays within the
   size it gave hcreate. */
struct __htab {
	ENTRY *slots;
	size_t mask;
	size_t used;
};

/* The table of hcreate/hsearch/hdestroy. */
extern hidden struct hsearch_data __hsearch_table;

/* A node of the tsearch trees, an AVL tree. POSIX has the caller see a
   node as a pointer to its key, so the key comes first. */
struct tnode {
	const void *key;
	struct tnode *child[2];
	int height;
};

/* Deep enough for any AVL tree that fits in 32-bit memory (its height is
   below 1.44 log2 of the node count). */
#define TREE_MAX_HEIGHT 48

/* Restores the AVL balance of the subtree at n, whose subtrees are
   balanced and differ in height by at most two; returns its new root. */
hidden struct tnode *__tree_balance(struct tnode *n);

#endif
