#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "mman_impl.h"

/* Removes [a, end) from mapping m, which may leave a part before and a
   part after it (the memory block is freed with its last mapping). A
   shared mapping writes the part back first. */
static int cut(struct __mapping **link, char *a, char *end)
{
	struct __mapping *m = *link;
	char *lo = a > m->start ? a : m->start;
	char *hi = end < m->start + m->len ? end : m->start + m->len;
	if (__mapping_sync(m, lo, (size_t)(hi - lo)) < 0)
		return -1;
	if (lo > m->start && hi < m->start + m->len) {
		struct __mapping *after = malloc(sizeof *after);
		if (!after) {
			errno = ENOMEM;
			return -1;
		}
		*after = *m;
		after->start = hi;
		after->len = (size_t)(m->start + m->len - hi);
		after->off = m->off + (hi - m->start);
		after->fd = m->fd < 0 ? -1 : dup(m->fd);
		m->block->refs++;
		m->len = (size_t)(lo - m->start);
		after->next = m->next;
		m->next = after;
		return 0;
	}
	if (lo > m->start) {
		m->len = (size_t)(lo - m->start);
		return 0;
	}
	if (hi < m->start + m->len) {
		m->off += hi - m->start;
		m->len = (size_t)(m->start + m->len - hi);
		m->start = hi;
		return 0;
	}
	*link = m->next;
	if (m->fd >= 0)
		close(m->fd);
	if (--m->block->refs == 0) {
		free(m->block->mem);
		free(m->block);
	}
	free(m);
	return 0;
}

/* Unmapping what is not mapped is not an error (POSIX). */
int munmap(void *addr, size_t len)
{
	char *a = addr, *end = a + len;
	if (len == 0 || (uintptr_t)a % PAGESIZE || len > UINTPTR_MAX - (uintptr_t)a) {
		errno = EINVAL;
		return -1;
	}
	struct __mapping **link = &__mappings;
	while (*link) {
		struct __mapping *m = *link;
		if (m->start < end && a < m->start + m->len) {
			if (cut(link, a, end) < 0)
				return -1;
			if (*link != m)
				continue;
		}
		link = &(*link)->next;
	}
	return 0;
}
