#include <errno.h>
#include <sys/mman.h>
#include "mman_impl.h"

/* Returns the error number (POSIX). Advice changes nothing here. */
int posix_madvise(void *addr, size_t len, int advice)
{
	if (advice < POSIX_MADV_NORMAL || advice > POSIX_MADV_DONTNEED)
		return EINVAL;
	int saved = errno;
	int r = __mapping_check(addr, len) < 0 ? errno : 0;
	errno = saved;
	return r;
}
