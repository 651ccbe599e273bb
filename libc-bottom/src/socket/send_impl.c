#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include "fd_impl.h"
#include "socket_impl.h"
#include "syscall.h"

/* MSG_NOSIGNAL changes nothing (there is no SIGPIPE to hold back: EPIPE
   is all a closed peer gives); MSG_DONTWAIT is a check that the socket
   can take data first; MSG_OOB and MSG_EOR ask for what WASI does not
   have. */
hidden ssize_t __send(int fd, const struct iovec *iov, int n, int flags)
{
	struct __fd_file *f;
	int h = __socket_io(fd, iov, n, flags, MSG_NOSIGNAL | MSG_DONTWAIT, POLLOUT, &f);
	if (h == -2)
		return f->ops->write(f, iov, n, flags);
	if (h < 0)
		return -1;
	__wasi_size_t put;
	__wasi_errno_t e = __wasi_sock_send(h, (const __wasi_ciovec_t *)iov, (size_t)n, 0, &put);
	return e ? __socket_fail(h, e) : (ssize_t)put;
}
