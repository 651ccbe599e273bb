#include <unistd.h>
#include "stdio_impl.h"

size_t __stdio_write(FILE *f, const unsigned char *p, size_t n)
{
	size_t done = 0;

	while (done < n) {
		ssize_t r = write(f->fd, p + done, n - done);
		if (r <= 0) {
			f->flags |= F_ERR;
			break;
		}
		done += r;
	}
	return done;
}
