#include <sys/socket.h>
#include <sys/uio.h>
#include "socket_impl.h"

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	struct iovec iov = { buf, len };
	int trunc, local;
	return __recv(fd, &iov, 1, flags, &trunc, &local);
}
