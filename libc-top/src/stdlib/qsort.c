#define _GNU_SOURCE
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* Introsort: median-of-three quicksort on the larger side iteratively and
   the smaller recursively (stack depth O(log n)), insertion sort for small
   ranges, and heapsort once the depth budget is spent, so the worst case is
   O(n log n) whatever the comparison or input order. */

typedef int (*cmp_r)(const void *, const void *, void *);

static void swap(char *a, char *b, size_t size)
{
	if (a == b)
		return;
	if (size % sizeof(uint64_t) == 0 && !((uintptr_t)a % 8) && !((uintptr_t)b % 8)) {
		for (; size; size -= 8, a += 8, b += 8) {
			uint64_t t = *(uint64_t *)a;
			*(uint64_t *)a = *(uint64_t *)b;
			*(uint64_t *)b = t;
		}
		return;
	}
	while (size--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void insertion(char *base, size_t n, size_t size, cmp_r cmp, void *arg)
{
	for (size_t i = 1; i < n; i++)
		for (char *p = base + i * size; p > base && cmp(p - size, p, arg) > 0; p -= size)
			swap(p - size, p, size);
}

static void sift(char *base, size_t root, size_t n, size_t size, cmp_r cmp, void *arg)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size, arg) < 0)
			child++;
		if (cmp(base + root * size, base + child * size, arg) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
		root = child;
	}
}

static void heapsort(char *base, size_t n, size_t size, cmp_r cmp, void *arg)
{
	for (size_t i = n / 2; i-- > 0;)
		sift(base, i, n, size, cmp, arg);
	for (size_t end = n; end-- > 1;) {
		swap(base, base + end * size, size);
		sift(base, 0, end, size, cmp, arg);
	}
}

static void sort(char *base, size_t n, size_t size, cmp_r cmp, void *arg, int depth)
{
	while (n > 16) {
		if (depth-- == 0) {
			heapsort(base, n, size, cmp, arg);
			return;
		}
		char *lo = base, *mid = base + (n / 2) * size, *hi = base + (n - 1) * size;
		/* Order lo <= mid <= hi, then use mid as the pivot, parked at lo. */
		if (cmp(mid, lo, arg) < 0)
			swap(mid, lo, size);
		if (cmp(hi, mid, arg) < 0) {
			swap(hi, mid, size);
			if (cmp(mid, lo, arg) < 0)
				swap(mid, lo, size);
		}
		swap(base, mid, size);
		/* Hoare partition around the pivot at base. */
		char *i = base, *j = base + n * size;
		for (;;) {
			do
				i += size;
			while (i < j && cmp(i, base, arg) < 0);
			do
				j -= size;
			while (cmp(j, base, arg) > 0);
			if (i >= j)
				break;
			swap(i, j, size);
		}
		swap(base, j, size);
		size_t left = (size_t)(j - base) / size;
		size_t right = n - left - 1;
		if (left < right) {
			sort(base, left, size, cmp, arg, depth);
			base = j + size;
			n = right;
		} else {
			sort(j + size, right, size, cmp, arg, depth);
			n = left;
		}
	}
	insertion(base, n, size, cmp, arg);
}

void qsort_r(void *base, size_t n, size_t size, cmp_r cmp, void *arg)
{
	int depth = 0;
	for (size_t m = n; m; m >>= 1)
		depth += 2;
	if (size)
		sort(base, n, size, cmp, arg, depth);
}

static int call_plain(const void *a, const void *b, void *cmp)
{
	return ((int (*)(const void *, const void *))cmp)(a, b);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	qsort_r(base, n, size, call_plain, (void *)cmp);
}
