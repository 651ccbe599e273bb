#include <sys/socket.h>
#include <sys/uio.h>
#include "socket_impl.h"

/* Every socket WASI has is connected: the address is ignored, as POSIX
   says for a connection-mode socket. */
ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *addr,
               socklen_t alen)
{
	struct iovec iov = { (void *)buf, len };
	return __send(fd, &iov, 1, flags);
}
