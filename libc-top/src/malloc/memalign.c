#include <stdlib.h>

void *memalign(size_t align, size_t n)
{
	return aligned_alloc(align, n);
}
