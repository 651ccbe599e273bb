#include "socket_impl.h"
#include "syscall.h"

hidden int __socket_fail(int hostfd, int e)
{
	int type = __wasi_fd_type(hostfd);
	if (type < 0)
		e = __WASI_ERRNO_BADF;
	else if (type != __WASI_FILETYPE_SOCKET_STREAM && type != __WASI_FILETYPE_SOCKET_DGRAM)
		e = __WASI_ERRNO_NOTSOCK;
	return __wasi_fail((__wasi_errno_t)e);
}
