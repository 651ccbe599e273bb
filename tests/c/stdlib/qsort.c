#include <stdlib.h>
#include <string.h>
#include "check.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

struct rec {
	char key[7];
	short order;
};

static int cmp_rec(const void *a, const void *b)
{
	return memcmp(((const struct rec *)a)->key, ((const struct rec *)b)->key, 7);
}

static unsigned rng = 1;
static unsigned next(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

int main(void)
{
	static int v[5000];
	/* random, sorted, reversed, all equal, organ pipe: each at many sizes */
	for (int shape = 0; shape < 5; shape++)
		for (int n = 0; n <= 5000; n = n ? n * 3 : 1) {
			for (int i = 0; i < n; i++)
				v[i] = shape == 0 ? (int)(next() % 1000) - 500
				     : shape == 1 ? i
				     : shape == 2 ? n - i
				     : shape == 3 ? 7
				     : (i < n / 2 ? i : n - i);
			long long sum = 0;
			for (int i = 0; i < n; i++)
				sum += v[i];
			qsort(v, (size_t)n, sizeof *v, cmp_int);
			for (int i = 1; i < n; i++)
				CHECK(v[i - 1] <= v[i]);
			for (int i = 0; i < n; i++)
				sum -= v[i];
			CHECK(sum == 0);
		}
	/* odd element size */
	static struct rec r[300];
	for (int i = 0; i < 300; i++) {
		for (int k = 0; k < 7; k++)
			r[i].key[k] = (char)('a' + next() % 3);
		r[i].order = (short)i;
	}
	qsort(r, 300, sizeof *r, cmp_rec);
	for (int i = 1; i < 300; i++)
		CHECK(memcmp(r[i - 1].key, r[i].key, 7) <= 0);
	/* bsearch finds every element and misses absent ones */
	int sorted[100];
	for (int i = 0; i < 100; i++)
		sorted[i] = 2 * i;
	for (int k = -1; k < 201; k++) {
		int *hit = bsearch(&k, sorted, 100, sizeof(int), cmp_int);
		CHECK(k % 2 == 0 && k >= 0 && k < 200 ? hit && *hit == k : hit == 0);
	}
	CHECK(bsearch(&rng, sorted, 0, sizeof(int), cmp_int) == 0);
	return check_result();
}
