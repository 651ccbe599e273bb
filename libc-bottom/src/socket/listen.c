#include <errno.h>
#include <sys/socket.h>
#include "socket_impl.h"

/* WASI preview1 cannot make a socket listen: a preopened listening
   socket already does, with the host's backlog (EOPNOTSUPP); a socket
   pair end is connected (POSIX's EINVAL). */
int listen(int fd, int backlog)
{
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -1)
		return -1;
	errno = h == -2 ? EINVAL : EOPNOTSUPP;
	return -1;
}
