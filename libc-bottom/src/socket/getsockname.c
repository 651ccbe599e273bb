#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* WASI preview1 reports no socket addresses (EOPNOTSUPP); a socket pair
   end is an unnamed AF_UNIX socket. */
int getsockname(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -1)
		return -1;
	if (h != -2) {
		errno = EOPNOTSUPP;
		return -1;
	}
	sa_family_t family = AF_UNIX;
	memcpy(addr, &family, *len < sizeof family ? *len : sizeof family);
	*len = sizeof family;
	return 0;
}
