#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <unistd.h>

/* The break is the end of linear memory, which only grows. Memory that
   something else (malloc) grew since the last call is not ours to hand
   out: the break then restarts at the new end. */
static uintptr_t brk_end, mem_end;

void *sbrk(intptr_t incr)
{
	uintptr_t end = __builtin_wasm_memory_size(0) * PAGESIZE;
	if (end != mem_end)
		brk_end = mem_end = end;
	uintptr_t old = brk_end;
	if (incr < 0) {
		errno = EINVAL;
		return (void *)-1;
	}
	if ((uintptr_t)incr > UINTPTR_MAX - old) {
		errno = ENOMEM;
		return (void *)-1;
	}
	uintptr_t want = old + (uintptr_t)incr;
	if (want > mem_end) {
		size_t pages = (want - mem_end + PAGESIZE - 1) / PAGESIZE;
		if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) {
			errno = ENOMEM;
			return (void *)-1;
		}
		mem_end += pages * PAGESIZE;
	}
	brk_end = want;
	return (void *)old;
}
