#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *calloc(size_t m, size_t n)
{
	size_t total;
	if (__builtin_mul_overflow(m, n, &total)) {
		errno = ENOMEM;
		return 0;
	}
	void *p = malloc(total);
	return p ? memset(p, 0, total) : 0;
}
