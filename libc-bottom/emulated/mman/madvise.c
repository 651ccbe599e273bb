#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include "mman_impl.h"

/* Advice changes nothing in a heap block. (Linux's MADV_DONTNEED, which
   empties private pages, is not reproduced: the pages keep their
   contents; docs/posix.md.) */
int madvise(void *addr, size_t len, int advice)
{
	if (advice < MADV_NORMAL || (advice > MADV_DONTNEED && advice != MADV_FREE)) {
		errno = EINVAL;
		return -1;
	}
	return __mapping_check(addr, len);
}
