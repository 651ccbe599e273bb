/* search.h: hash tables, binary trees (checked against a shadow array
   through thousands of random inserts and deletes, with the AVL balance
   and the node identity POSIX promises), linear search and queues. */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static void hash_tables(void)
{
	CHECK(hcreate(4));
	static char keys[200][8];
	for (int i = 0; i < 200; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		ENTRY e = { keys[i], (void *)(long)i }, *r = hsearch(e, ENTER);
		CHECK(r && r->key == keys[i]);
	}
	for (int i = 0; i < 200; i++) {
		char k[8];
		snprintf(k, sizeof k, "k%d", i);
		ENTRY e = { k, 0 }, *r = hsearch(e, FIND);
		CHECK(r && (long)r->data == i && !strcmp(r->key, k));
	}
	/* ENTER of a present key finds it and changes nothing */
	ENTRY again = { "k7", (void *)999 }, *r = hsearch(again, ENTER);
	CHECK(r && (long)r->data == 7);
	errno = 0;
	ENTRY missing = { "nope", 0 };
	CHECK(!hsearch(missing, FIND) && errno == ESRCH);
	hdestroy();

	struct hsearch_data tab;
	memset(&tab, 0, sizeof tab);
	CHECK(hcreate_r(10, &tab));
	ENTRY *found = 0, a = { "alpha", (void *)1 }, b = { "beta", (void *)2 };
	CHECK(hsearch_r(a, ENTER, &found, &tab) && found->data == (void *)1);
	CHECK(hsearch_r(b, ENTER, &found, &tab));
	ENTRY q = { "alpha", 0 };
	CHECK(hsearch_r(q, FIND, &found, &tab) && found->data == (void *)1);
	q.key = "gamma";
	CHECK(!hsearch_r(q, FIND, &found, &tab) && !found && errno == ESRCH);
	hdestroy_r(&tab);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int walk_count, walk_last, walk_sorted, walk_maxdepth;

static void walker(const void *node, VISIT v, int depth)
{
	if (v == postorder || v == leaf) {
		int k = **(int *const *)node;
		walk_sorted &= walk_count == 0 || k > walk_last;
		walk_last = k;
		walk_count++;
	}
	if (depth > walk_maxdepth)
		walk_maxdepth = depth;
}

static int freed;

static void count_free(void *key)
{
	freed += key != 0;
}

static void trees(void)
{
	enum { N = 512 };
	static int keys[N], present[N];
	void *root = 0;
	for (int i = 0; i < N; i++)
		keys[i] = i;
	unsigned seed = 1;
	int count = 0;
	void *nodes[N] = { 0 };
	for (int step = 0; step < 6000; step++) {
		int i = (int)((seed = seed * 1103515245 + 12345) >> 16) % N;
		if ((seed >> 8) & 1) {
			void *n = tsearch(&keys[i], &root, cmp_int);
			CHECK(n && *(int **)n == &keys[i]);
			if (!present[i]) {
				present[i] = 1;
				nodes[i] = n;
				count++;
			}
			CHECK(n == nodes[i]);
		} else {
			void *parent = tdelete(&keys[i], &root, cmp_int);
			CHECK(!parent == !present[i]);
			if (present[i]) {
				present[i] = 0;
				nodes[i] = 0;
				count--;
			}
		}
		if (step % 500 == 0 || step == 5999) {
			/* every node still holds its own key */
			for (int j = 0; j < N; j++) {
				void *n = tfind(&keys[j], &root, cmp_int);
				CHECK(present[j] ? n == nodes[j] && *(int **)n == &keys[j] : !n);
			}
			walk_count = walk_last = walk_maxdepth = 0;
			walk_sorted = 1;
			twalk(root, walker);
			CHECK(walk_count == count && walk_sorted);
			/* AVL: the depth stays within 1.44 log2(count + 2) */
			int limit = 0;
			for (int c = count + 2; c > 1; c >>= 1)
				limit++;
			CHECK(walk_maxdepth <= limit * 3 / 2);
		}
	}
	int forty_two = 42;
	CHECK(!tfind(&forty_two, 0, cmp_int) && !tsearch(&forty_two, 0, cmp_int));
	freed = 0;
	tdestroy(root, count_free);
	CHECK(freed == count);

	/* a small tree, visited in the order POSIX describes */
	root = 0;
	int three[3] = { 2, 1, 3 };
	for (int i = 0; i < 3; i++)
		tsearch(&three[i], &root, cmp_int);
	walk_count = 0;
	walk_sorted = 1;
	twalk(root, walker);
	CHECK(walk_count == 3 && walk_sorted);
	CHECK(tdelete(&three[0], &root, cmp_int) == (void *)&root); /* the root */
	void *parent = tdelete(&three[1], &root, cmp_int);
	CHECK(parent && **(int **)parent == 3);
	CHECK(tdelete(&three[2], &root, cmp_int) && root == 0);
}

static void linear(void)
{
	int table[8] = { 5, 3, 9 };
	size_t n = 3;
	int key = 9, other = 4;
	CHECK(lfind(&key, table, &n, sizeof *table, cmp_int) == &table[2]);
	CHECK(!lfind(&other, table, &n, sizeof *table, cmp_int) && n == 3);
	CHECK(lsearch(&other, table, &n, sizeof *table, cmp_int) == &table[3] && n == 4);
	CHECK(table[3] == 4 && lsearch(&other, table, &n, sizeof *table, cmp_int) == &table[3]);
	CHECK(n == 4);
}

static void queues(void)
{
	struct qelem a, b, c;
	insque(&a, 0);
	CHECK(!a.q_forw && !a.q_back);
	insque(&c, &a);
	insque(&b, &a);
	CHECK(a.q_forw == &b && b.q_forw == &c && !c.q_forw);
	CHECK(c.q_back == &b && b.q_back == &a && !a.q_back);
	remque(&b);
	CHECK(a.q_forw == &c && c.q_back == &a);
	remque(&a);
	CHECK(!c.q_back);
	/* a circular list */
	struct qelem h;
	h.q_forw = h.q_back = &h;
	insque(&a, &h);
	CHECK(h.q_forw == &a && a.q_forw == &h && h.q_back == &a && a.q_back == &h);
}

int main(void)
{
	hash_tables();
	trees();
	linear();
	queues();
	return check_result();
}
