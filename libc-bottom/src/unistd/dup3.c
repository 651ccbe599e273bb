#include <fcntl.h>
#include <unistd.h>
#include "fd_impl.h"
#include "syscall.h"

/* O_CLOEXEC is 0 in the WASI ABI (there is no exec), so the only flag
   there is to check is none. */
int dup3(int fd, int to, int flags)
{
	if (fd == to || flags & ~O_CLOEXEC) {
		errno = EINVAL;
		return -1;
	}
	if (to < 0) {
		errno = EBADF;
		return -1;
	}
	return __fd_dup2(fd, to, 0);
}
