#include <errno.h>
#include <sys/socket.h>

/* WASI preview1 has no call that creates a socket: a program can only use
   the sockets the host preopened and the connections accepted on them
   (and socketpair's, inside the process). Every family is one it cannot
   create: EAFNOSUPPORT (docs/posix.md). */
int socket(int domain, int type, int protocol)
{
	errno = EAFNOSUPPORT;
	return -1;
}
