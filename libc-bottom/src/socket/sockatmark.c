#include <sys/socket.h>
#include "socket_impl.h"

/* WASI has no out-of-band data, so no mark to be at. */
int sockatmark(int fd)
{
	struct __fd_file *f;
	return __socket_fd(fd, &f) == -1 ? -1 : 0;
}
