#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>
#include "check.h"

#define SLOTS 512

static unsigned rng = 12345;
static unsigned next(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

/* Random allocation, reallocation and freeing; each block carries a pattern
   derived from its slot, checked before every change, so overlapping blocks
   or a corrupted heap show up. */
int main(void)
{
	static unsigned char *p[SLOTS];
	static size_t n[SLOTS];
	for (int round = 0; round < 20000; round++) {
		unsigned i = next() % SLOTS;
		if (p[i]) {
			for (size_t k = 0; k < n[i]; k++)
				if (p[i][k] != (unsigned char)(i + k)) {
					CHECK(!"block contents changed");
					return check_result();
				}
		}
		unsigned action = next() % 3;
		size_t size = next() % 8 ? next() % 200 : next() % 70000;
		if (action == 0) {
			free(p[i]);
			p[i] = 0;
			n[i] = 0;
		} else if (action == 1) {
			free(p[i]);
			p[i] = malloc(size);
			CHECK(p[i] != 0);
			n[i] = size;
		} else {
			unsigned char *q = realloc(p[i], size);
			CHECK(q != 0 || size == 0);
			p[i] = q;
			n[i] = size;
		}
		if (p[i]) {
			CHECK((uintptr_t)p[i] % 16 == 0);
			for (size_t k = 0; k < n[i]; k++)
				p[i][k] = (unsigned char)(i + k);
		}
	}
	for (int i = 0; i < SLOTS; i++)
		free(p[i]);

	/* calloc zeroes, and rejects overflowing products */
	unsigned char *z = calloc(1000, 3);
	CHECK(z != 0);
	for (int k = 0; z && k < 3000; k++)
		CHECK(z[k] == 0);
	free(z);
	/* Called through volatile pointers: the compiler otherwise assumes an
	   allocation whose result is only compared succeeded, and that the
	   allocator leaves errno alone. */
	void *(*volatile my_malloc)(size_t) = malloc;
	void *(*volatile my_calloc)(size_t, size_t) = calloc;
	void *(*volatile my_realloc)(void *, size_t) = realloc;
	void *(*volatile my_aligned_alloc)(size_t, size_t) = aligned_alloc;
	void *sink;
	size_t huge = SIZE_MAX, half = SIZE_MAX / 2;
	errno = 0;
	sink = my_calloc(half, 3);
	CHECK(sink == 0 && errno == ENOMEM);
	errno = 0;
	sink = my_malloc(huge);
	CHECK(sink == 0 && errno == ENOMEM);
	/* realloc failure leaves the block intact */
	char *keep = malloc(10);
	memcpy(keep, "123456789", 10);
	sink = my_realloc(keep, huge - 8);
	CHECK(sink == 0);
	CHECK(memcmp(keep, "123456789", 10) == 0);
	free(keep);

	/* aligned allocation */
	for (size_t align = 1; align <= 65536; align *= 2) {
		void *a = aligned_alloc(align, 100);
		CHECK(a != 0 && (uintptr_t)a % align == 0);
		memset(a, 1, 100);
		void *b;
		int r = posix_memalign(&b, align < sizeof(void *) ? sizeof(void *) : align, 33);
		CHECK(r == 0 && (uintptr_t)b % align == 0);
		free(a);
		free(b);
	}
	void *unused = (void *)1;
	CHECK(posix_memalign(&unused, 3, 10) == EINVAL && unused == (void *)1);
	sink = my_aligned_alloc(3, 10);
	CHECK(sink == 0 && errno == EINVAL);

	/* memory comes back: the same large block many times does not grow
	   memory without bound */
	size_t before = __builtin_wasm_memory_size(0);
	for (int k = 0; k < 200; k++) {
		void *big = malloc(1 << 20);
		CHECK(big != 0);
		free(big);
	}
	CHECK(__builtin_wasm_memory_size(0) - before <= 17);
	return check_result();
}
