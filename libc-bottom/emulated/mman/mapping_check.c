#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include "mman_impl.h"

hidden int __mapping_check(void *addr, size_t len)
{
	char *a = addr, *end = a + len;
	if ((uintptr_t)a % PAGESIZE || len > UINTPTR_MAX - (uintptr_t)a) {
		errno = EINVAL;
		return -1;
	}
	/* Each byte of the range must be in some mapping. */
	while (a < end) {
		struct __mapping *m;
		for (m = __mappings; m; m = m->next)
			if (a >= m->start && a < m->start + m->len)
				break;
		if (!m) {
			errno = ENOMEM;
			return -1;
		}
		a = m->start + m->len;
	}
	return 0;
}
