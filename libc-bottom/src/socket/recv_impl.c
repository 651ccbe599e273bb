#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include "fd_impl.h"
#include "socket_impl.h"
#include "syscall.h"

/* MSG_PEEK and MSG_WAITALL are WASI's riflags; MSG_DONTWAIT is a check
   that data is there first. MSG_OOB asks for what WASI does not have. */
hidden ssize_t __recv(int fd, const struct iovec *iov, int n, int flags, int *trunc, int *local)
{
	*trunc = 0;
	struct __fd_file *f;
	int h = __socket_io(fd, iov, n, flags, MSG_PEEK | MSG_WAITALL | MSG_DONTWAIT, POLLIN, &f);
	*local = h == -2;
	if (h == -2)
		return f->ops->read(f, iov, n, flags);
	if (h < 0)
		return -1;
	__wasi_size_t got;
	__wasi_roflags_t ro;
	__wasi_errno_t e = __wasi_sock_recv(h, (const __wasi_iovec_t *)iov, (size_t)n,
	                                    (__wasi_riflags_t)(flags & (MSG_PEEK | MSG_WAITALL)),
	                                    &got, &ro);
	if (e)
		return __socket_fail(h, e);
	*trunc = (ro & __WASI_ROFLAGS_RECV_DATA_TRUNCATED) != 0;
	return (ssize_t)got;
}
