#include <errno.h>
#include <stdlib.h>

int posix_memalign(void **res, size_t align, size_t n)
{
	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	int saved = errno;
	void *p = aligned_alloc(align, n);
	if (!p) {
		int e = errno;
		errno = saved;
		return e;
	}
	*res = p;
	return 0;
}
