/* The allocator's chunk layout, shared by malloc.c and the functions built
   on it (realloc, memalign, malloc_usable_size).

   The heap is a sequence of chunks between __heap_base and the end of linear
   memory, which grows with memory.grow. Every chunk address is 8 mod 16 and
   every size a multiple of 16, so user pointers (chunk + 8) are 16-aligned,
   the alignment of max_align_t on wasm32.

     chunk + 0: prev_size   size of the previous chunk, valid only when it
                            is free (otherwise its last bytes of user data)
     chunk + 4: head        size | INUSE | PREV_INUSE
     chunk + 8: user data, or for a free chunk the bin links next, prev

   The last chunk is the top chunk: free space not in any bin, extended by
   memory.grow. A chunk in use gives its user size - 4 bytes: its own head
   is overhead, the next chunk's prev_size field is not.

   The offsets are written in terms of the struct, not as numbers, so the
   same code can be built for a 64-bit host and tested there. */
#ifndef _INTERNAL_MALLOC_IMPL_H
#define _INTERNAL_MALLOC_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

#define ALIGN 16
#define INUSE 1u
#define PREV_INUSE 2u
#define FLAGS (INUSE | PREV_INUSE)

struct chunk {
	size_t prev_size;
	size_t head;
	struct chunk *next, *prev;
};

#define HDR offsetof(struct chunk, next)
#define OVERHEAD sizeof(size_t)
#define MIN_CHUNK ((sizeof(struct chunk) + ALIGN - 1) & ~(size_t)(ALIGN - 1))

#define CHUNK_SIZE(c) ((c)->head & ~(size_t)FLAGS)
#define NEXT_CHUNK(c) ((struct chunk *)((char *)(c) + CHUNK_SIZE(c)))
#define TO_MEM(c) ((void *)((char *)(c) + HDR))
#define TO_CHUNK(p) ((struct chunk *)((char *)(p) - HDR))

/* The first chunk address at or after a, placing its user data aligned. */
static inline uintptr_t chunk_start(uintptr_t a)
{
	return ((a + HDR + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1)) - HDR;
}

/* The chunk size that holds n user bytes, or 0 if n is too large. */
static inline size_t request_size(size_t n)
{
	if (n > SIZE_MAX / 2)
		return 0;
	size_t s = (n + OVERHEAD + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	return s < MIN_CHUNK ? MIN_CHUNK : s;
}

hidden void *__malloc_chunk(size_t size);
hidden void __free_chunk(struct chunk *c);
/* Tries to make the chunk of p exactly `size` bytes without moving it;
   returns 1 on success. */
hidden int __resize_chunk(struct chunk *c, size_t size);
/* Splits the tail off an in-use chunk so that it is `size` bytes. */
hidden void __trim_chunk(struct chunk *c, size_t size);

#endif
