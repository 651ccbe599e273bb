#include <errno.h>
#include <sys/mman.h>
#include "mman_impl.h"

/* WebAssembly memory has no protection: the new protection is recorded
   and not enforced (a PROT_NONE page can still be read; docs/posix.md). */
int mprotect(void *addr, size_t len, int prot)
{
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) {
		errno = EINVAL;
		return -1;
	}
	if (__mapping_check(addr, len) < 0)
		return -1;
	char *a = addr, *end = a + len;
	for (struct __mapping *m = __mappings; m; m = m->next)
		if (m->start < end && a < m->start + m->len)
			m->prot = prot;
	return 0;
}
