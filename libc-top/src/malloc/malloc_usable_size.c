#include <stdlib.h>
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	return p ? CHUNK_SIZE(TO_CHUNK(p)) - OVERHEAD : 0;
}
