#include <fcntl.h>
#include <unistd.h>
#include "fd_impl.h"

int dup2(int fd, int to)
{
	if (fd == to)
		return fcntl(fd, F_GETFD) < 0 ? -1 : to;
	if (to < 0) {
		errno = EBADF;
		return -1;
	}
	return __fd_dup2(fd, to, 0);
}
