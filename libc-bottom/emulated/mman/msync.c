#include <errno.h>
#include <sys/mman.h>
#include <unistd.h>
#include "mman_impl.h"

/* Writes shared mappings in the range back to their files (at once, for
   MS_ASYNC too); MS_SYNC also syncs the files. Private mappings have
   nothing to write. */
int msync(void *addr, size_t len, int flags)
{
	if ((flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE))
	    || ((flags & MS_ASYNC) && (flags & MS_SYNC))) {
		errno = EINVAL;
		return -1;
	}
	if (__mapping_check(addr, len) < 0)
		return -1;
	char *a = addr, *end = a + len;
	for (struct __mapping *m = __mappings; m; m = m->next) {
		if (m->fd < 0 || m->start >= end || a >= m->start + m->len)
			continue;
		char *lo = a > m->start ? a : m->start;
		char *hi = end < m->start + m->len ? end : m->start + m->len;
		if (__mapping_sync(m, lo, (size_t)(hi - lo)) < 0)
			return -1;
		if ((flags & MS_SYNC) && fsync(m->fd) < 0)
			return -1;
	}
	return 0;
}
