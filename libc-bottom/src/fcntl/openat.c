#include <fcntl.h>
#include "open_impl.h"
#include "path.h"

int openat(int dirfd, const char *path, int oflag, ...)
{
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return -1;
	int fd = __open_host(p.fd, p.rel, oflag);
	__path_done(&p);
	if (fd >= 0 && __path_note)
		__path_note(fd, dirfd, path);
	return fd;
}
