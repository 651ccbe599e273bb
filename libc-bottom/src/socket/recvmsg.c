#include <string.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* No ancillary data exists in WASI; the address is as recvfrom's. */
ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	int trunc, local;
	ssize_t r = __recv(fd, msg->msg_iov, msg->msg_iovlen, flags, &trunc, &local);
	if (r < 0)
		return -1;
	if (msg->msg_name) {
		sa_family_t family = AF_UNIX;
		if (local)
			memcpy(msg->msg_name, &family,
			       msg->msg_namelen < sizeof family ? msg->msg_namelen : sizeof family);
		msg->msg_namelen = local ? sizeof family : 0;
	}
	msg->msg_controllen = 0;
	msg->msg_flags = trunc ? MSG_TRUNC : 0;
	return r;
}
