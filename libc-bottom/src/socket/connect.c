#include <errno.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* WASI preview1 cannot connect a socket: EOPNOTSUPP for a preopened one,
   EISCONN for a socket pair end, which is connected already. */
int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -1)
		return -1;
	errno = h == -2 ? EISCONN : EOPNOTSUPP;
	return -1;
}
