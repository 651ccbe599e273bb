#include "libc.h"
#include "malloc_impl.h"

extern unsigned char __heap_base;

uintptr_t __heap_floor;

void *__heap_carve(size_t n)
{
	uintptr_t start = __heap_floor ? __heap_floor : (uintptr_t)&__heap_base;
	start = (start + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
	if (n > UINTPTR_MAX - start)
		return 0;
	uintptr_t end = start + n;
	size_t mem_end = __builtin_wasm_memory_size(0) * 65536;
	if (end > mem_end) {
		size_t pages = (end - mem_end + 65535) / 65536;
		if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1)
			return 0;
	}
	__heap_floor = end;
	return (void *)start;
}
