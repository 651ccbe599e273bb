#include <errno.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* The address is ignored as in sendto; ancillary data cannot be sent
   (EOPNOTSUPP). */
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	if (msg->msg_controllen) {
		errno = EOPNOTSUPP;
		return -1;
	}
	return __send(fd, msg->msg_iov, msg->msg_iovlen, flags);
}
