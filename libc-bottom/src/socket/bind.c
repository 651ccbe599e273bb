#include <errno.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* WASI preview1 cannot give a socket an address: a preopened socket
   already has its own (EOPNOTSUPP), a socket pair end is connected
   (POSIX's EINVAL for a bound socket). */
int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -1)
		return -1;
	errno = h == -2 ? EINVAL : EOPNOTSUPP;
	return -1;
}
