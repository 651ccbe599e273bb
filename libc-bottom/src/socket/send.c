#include <sys/socket.h>
#include <sys/uio.h>
#include "socket_impl.h"

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	struct iovec iov = { (void *)buf, len };
	return __send(fd, &iov, 1, flags);
}
