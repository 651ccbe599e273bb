#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_impl.h"

/* Bins of free chunks: sizes 16..1024 exactly, one bin per 16 bytes
   (indices 1..64), then four bins per power of two up to the largest
   possible size. A bitmap of the non-empty bins finds the smallest fitting
   bin without a scan. */
#define SMALL_LIMIT 1024
#define NBINS 128

static struct chunk *bins[NBINS];
static uint32_t bitmap[NBINS / 32];
static struct chunk *top;
static size_t top_end; /* address just past the top chunk */

extern unsigned char __heap_base;

static unsigned bin_index(size_t size)
{
	if (size <= SMALL_LIMIT)
		return (unsigned)(size / ALIGN);
	/* size > 1024: log2 >= 10; four sub-bins per power of two. */
	unsigned lg = 31u - (unsigned)__builtin_clz((unsigned)size);
	unsigned sub = (unsigned)(size >> (lg - 2)) & 3u;
	unsigned i = 65 + (lg - 10) * 4 + sub;
	return i < NBINS ? i : NBINS - 1;
}

static void bin_insert(struct chunk *c)
{
	unsigned i = bin_index(CHUNK_SIZE(c));
	c->prev = 0;
	c->next = bins[i];
	if (c->next)
		c->next->prev = c;
	bins[i] = c;
	bitmap[i / 32] |= 1u << (i % 32);
}

static void bin_remove(struct chunk *c)
{
	unsigned i = bin_index(CHUNK_SIZE(c));
	if (c->prev)
		c->prev->next = c->next;
	else
		bins[i] = c->next;
	if (c->next)
		c->next->prev = c->prev;
	if (!bins[i])
		bitmap[i / 32] &= ~(1u << (i % 32));
}

/* Marks c (size bytes, free) in the header of the chunk after it. */
static void set_free_footer(struct chunk *c, size_t size)
{
	struct chunk *n = (struct chunk *)((char *)c + size);
	n->prev_size = size;
	n->head &= ~(size_t)PREV_INUSE;
}

/* Makes the initial top chunk span from __heap_base (or above what
   start-up carved, __heap_floor) to the end of memory, growing memory first
   if there is no room. */
static int heap_init(void)
{
	uintptr_t start = chunk_start(__heap_floor ? __heap_floor : (uintptr_t)&__heap_base);
	size_t end = __builtin_wasm_memory_size(0) * 65536;
	if (end < start + 2 * MIN_CHUNK) {
		size_t pages = (start + 2 * MIN_CHUNK - end + 65535) / 65536;
		if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1)
			return -1;
		end += pages * 65536;
	}
	top = (struct chunk *)start;
	top->head = (end - start) | PREV_INUSE;
	top_end = end;
	return 0;
}

/* Grows memory so that the top chunk holds at least `need` bytes. If
   something else grew memory since (sbrk), the old top is retired and the new
   pages start a new top chunk. */
static int grow_top(size_t need)
{
	size_t mem_end = __builtin_wasm_memory_size(0) * 65536;
	size_t have = CHUNK_SIZE(top);
	int contiguous = mem_end == top_end;
	size_t want = contiguous ? need - have : need + ALIGN;
	size_t pages = (want + 65535) / 65536;
	if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1)
		return -1;
	size_t new_end = mem_end + pages * 65536;
	if (contiguous) {
		top->head = (new_end - (uintptr_t)top) | (top->head & FLAGS);
	} else {
		/* Retire the old top: a small in-use fence at its end keeps the
		   free-chunk logic from looking past it into memory that is not
		   ours, and the rest goes to the bins. (The top's size is HDR mod
		   ALIGN, since it ends at a page boundary; the fence takes those.) */
		size_t fence_size = ALIGN + HDR % ALIGN;
		if (have >= fence_size + MIN_CHUNK) {
			struct chunk *fence = (struct chunk *)(top_end - fence_size);
			fence->head = fence_size | INUSE | PREV_INUSE;
			top->head = (have - fence_size) | INUSE | (top->head & PREV_INUSE);
			__free_chunk(top);
		}
		uintptr_t start = chunk_start(mem_end);
		top = (struct chunk *)start;
		top->head = (new_end - start) | PREV_INUSE;
	}
	top_end = new_end;
	return 0;
}

/* Cuts `size` bytes off the front of free chunk c (not in a bin) and bins
   or tops the remainder. */
static void *take(struct chunk *c, size_t size)
{
	size_t total = CHUNK_SIZE(c);
	size_t prev_flag = c->head & PREV_INUSE;
	if (total - size >= MIN_CHUNK) {
		struct chunk *rest = (struct chunk *)((char *)c + size);
		rest->head = (total - size) | PREV_INUSE;
		c->head = size | INUSE | prev_flag;
		if (c == top) {
			top = rest;
		} else {
			set_free_footer(rest, total - size);
			bin_insert(rest);
		}
	} else {
		c->head = total | INUSE | prev_flag;
		NEXT_CHUNK(c)->head |= PREV_INUSE;
	}
	return TO_MEM(c);
}

hidden void *__malloc_chunk(size_t size)
{
	if (!top && heap_init() < 0)
		return 0;
	unsigned i = bin_index(size);
	/* A non-small bin holds a range of sizes: search it for a fit first. */
	if (size > SMALL_LIMIT && bins[i]) {
		for (struct chunk *c = bins[i]; c; c = c->next)
			if (CHUNK_SIZE(c) >= size) {
				bin_remove(c);
				return take(c, size);
			}
		i++;
	}
	/* Any chunk in a higher bin fits. */
	for (unsigned w = i / 32; w < NBINS / 32; w++) {
		uint32_t bits = bitmap[w];
		if (w == i / 32)
			bits &= ~0u << (i % 32);
		if (bits) {
			struct chunk *c = bins[w * 32 + (unsigned)__builtin_ctz(bits)];
			bin_remove(c);
			return take(c, size);
		}
	}
	if (CHUNK_SIZE(top) < size + MIN_CHUNK && grow_top(size + MIN_CHUNK) < 0)
		return 0;
	return take(top, size);
}

hidden void __free_chunk(struct chunk *c)
{
	size_t size = CHUNK_SIZE(c);
	size_t flags = c->head & PREV_INUSE;
	if (!flags) {
		struct chunk *p = (struct chunk *)((char *)c - c->prev_size);
		bin_remove(p);
		size += c->prev_size;
		flags = p->head & PREV_INUSE;
		c = p;
	}
	struct chunk *n = (struct chunk *)((char *)c + size);
	if (n == top) {
		c->head = (size + CHUNK_SIZE(top)) | flags;
		top = c;
		return;
	}
	if (!(n->head & INUSE)) {
		bin_remove(n);
		size += CHUNK_SIZE(n);
	}
	c->head = size | flags;
	set_free_footer(c, size);
	bin_insert(c);
}

hidden void __trim_chunk(struct chunk *c, size_t size)
{
	size_t total = CHUNK_SIZE(c);
	if (total - size < MIN_CHUNK)
		return;
	struct chunk *rest = (struct chunk *)((char *)c + size);
	c->head = size | (c->head & FLAGS);
	rest->head = (total - size) | INUSE | PREV_INUSE;
	__free_chunk(rest);
}

hidden int __resize_chunk(struct chunk *c, size_t size)
{
	size_t have = CHUNK_SIZE(c);
	if (size <= have) {
		__trim_chunk(c, size);
		return 1;
	}
	struct chunk *n = NEXT_CHUNK(c);
	if (n == top) {
		if (have + CHUNK_SIZE(top) < size + MIN_CHUNK
		    && (grow_top(size - have + MIN_CHUNK) < 0 || NEXT_CHUNK(c) != top))
			return 0;
		size_t rest = have + CHUNK_SIZE(top) - size;
		c->head = size | (c->head & FLAGS);
		top = (struct chunk *)((char *)c + size);
		top->head = rest | PREV_INUSE;
		return 1;
	}
	if (n->head & INUSE || have + CHUNK_SIZE(n) < size)
		return 0;
	bin_remove(n);
	c->head = (have + CHUNK_SIZE(n)) | (c->head & FLAGS);
	NEXT_CHUNK(c)->head |= PREV_INUSE;
	__trim_chunk(c, size);
	return 1;
}

void *malloc(size_t n)
{
	size_t size = request_size(n);
	void *p = size ? __malloc_chunk(size) : 0;
	if (!p)
		errno = ENOMEM;
	return p;
}

void free(void *p)
{
	if (p)
		__free_chunk(TO_CHUNK(p));
}
