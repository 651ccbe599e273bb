#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

/* Allocates with room to place an aligned chunk inside, then gives the
   slack before and after back to the heap. */
void *aligned_alloc(size_t align, size_t n)
{
	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return 0;
	}
	if (align <= ALIGN)
		return malloc(n);
	size_t size = request_size(n);
	if (!size || size > SIZE_MAX / 2 - align) {
		errno = ENOMEM;
		return 0;
	}
	char *p = malloc(size + align + MIN_CHUNK);
	if (!p)
		return 0;
	struct chunk *c = TO_CHUNK(p);
	uintptr_t mem = (uintptr_t)p;
	uintptr_t aligned = (mem + align - 1) & ~(uintptr_t)(align - 1);
	if (aligned != mem) {
		/* The leading piece must be a whole chunk. */
		while (aligned - mem < MIN_CHUNK)
			aligned += align;
		struct chunk *a = TO_CHUNK(aligned);
		size_t lead = aligned - mem;
		a->head = (CHUNK_SIZE(c) - lead) | INUSE | PREV_INUSE;
		c->head = lead | (c->head & FLAGS);
		free(p);
		c = a;
	}
	__trim_chunk(c, size);
	return TO_MEM(c);
}
