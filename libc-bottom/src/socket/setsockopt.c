#include <errno.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* WASI preview1 has no socket options to set: every one is an option the
   protocol does not offer here (ENOPROTOOPT, which portable code checks
   for, as it must for options a system lacks). */
int setsockopt(int fd, int level, int name, const void *value, socklen_t len)
{
	struct __fd_file *f;
	if (__socket_fd(fd, &f) == -1)
		return -1;
	errno = ENOPROTOOPT;
	return -1;
}
