#include <sys/socket.h>

/* WASI preview1 knows no peer addresses either, and the peer of a socket
   pair end is an unnamed AF_UNIX socket like the end itself: the answer
   is getsockname's. */
int getpeername(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	return getsockname(fd, addr, len);
}
