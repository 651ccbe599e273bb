#include <stdlib.h>

void *valloc(size_t n)
{
	return aligned_alloc(65536, n);
}
