#define _GNU_SOURCE
#include <errno.h>
#include "stdio_impl.h"

int fileno(FILE *f)
{
	int fd;

	FLOCK(f);
	fd = f->fd;
	FUNLOCK(f);
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	return fd;
}

weak_alias(fileno, fileno_unlocked);
