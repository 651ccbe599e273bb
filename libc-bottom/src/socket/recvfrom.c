#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include "socket_impl.h"

/* The sender's address is known only for a socket pair end (an unnamed
   AF_UNIX socket); from a host socket it has length 0 (docs/posix.md). */
ssize_t recvfrom(int fd, void *restrict buf, size_t len, int flags,
                 struct sockaddr *restrict addr, socklen_t *restrict alen)
{
	struct iovec iov = { buf, len };
	int trunc, local;
	ssize_t r = __recv(fd, &iov, 1, flags, &trunc, &local);
	if (r >= 0 && addr && alen) {
		sa_family_t family = AF_UNIX;
		if (local)
			memcpy(addr, &family, *alen < sizeof family ? *alen : sizeof family);
		*alen = local ? sizeof family : 0;
	}
	return r;
}
