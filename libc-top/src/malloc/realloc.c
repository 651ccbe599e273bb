#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_impl.h"

/* Grows or shrinks in place when the neighbouring space allows, otherwise
   moves. On failure the old block is untouched (C17 7.22.3.5). */
void *realloc(void *p, size_t n)
{
	if (!p)
		return malloc(n);
	size_t size = request_size(n);
	if (!size) {
		errno = ENOMEM;
		return 0;
	}
	struct chunk *c = TO_CHUNK(p);
	size_t old = CHUNK_SIZE(c);
	if (__resize_chunk(c, size))
		return p;
	void *q = malloc(n);
	if (!q)
		return 0;
	memcpy(q, p, old - OVERHEAD);
	free(p);
	return q;
}
