#include <errno.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "mman_impl.h"

/* Only the bytes that exist in the file are written back: the page past
   its end is memory only, as in a real mapping. */
hidden int __mapping_sync(struct __mapping *m, char *start, size_t len)
{
	struct stat st;
	if (m->fd < 0)
		return 0;
	if (fstat(m->fd, &st) < 0)
		return -1;
	off_t at = m->off + (start - m->start);
	if (at >= st.st_size)
		return 0;
	if ((off_t)len > st.st_size - at)
		len = (size_t)(st.st_size - at);
	while (len > 0) {
		ssize_t w = pwrite(m->fd, start, len, at);
		if (w < 0)
			return -1;
		start += w;
		at += w;
		len -= (size_t)w;
	}
	return 0;
}
