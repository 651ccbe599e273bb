#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

/* WASI sets sizes through descriptors only. */
int truncate(const char *path, off_t length)
{
	if (length < 0) {
		errno = EINVAL;
		return -1;
	}
	int fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	int r = ftruncate(fd, length);
	int saved = errno;
	close(fd);
	errno = saved;
	return r;
}
