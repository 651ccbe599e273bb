#include <unistd.h>
#include "stdio_impl.h"

size_t __stdio_read(FILE *f, unsigned char *p, size_t n)
{
	ssize_t r = read(f->fd, p, n);

	if (r > 0)
		return r;
	f->flags |= r ? F_ERR : F_EOF;
	return 0;
}
