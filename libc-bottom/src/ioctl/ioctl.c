#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include "fcntl_impl.h"
#include "fd_impl.h"
#include "syscall.h"

/* Bytes readable now: the rest of a regular file, or what the host says
   is waiting on a stream (an fd_read subscription reports it), 0 if
   nothing is. */
static int nread(int fd, int *out)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->host < 0) {
		*out = (int)f->ops->nread(f);
		return 0;
	}
	int h = f ? f->host : fd;
	__wasi_filestat_t st;
	__wasi_errno_t e = __wasi_fd_filestat_get(h, &st);
	if (e)
		return __wasi_fail(e);
	if (st.filetype == __WASI_FILETYPE_DIRECTORY) {
		errno = ENOTTY;
		return -1;
	}
	if (st.filetype == __WASI_FILETYPE_REGULAR_FILE) {
		__wasi_filesize_t pos;
		e = __wasi_fd_tell(h, &pos);
		if (e)
			return __wasi_fail(e);
		__wasi_filesize_t n = st.size > pos ? st.size - pos : 0;
		*out = n > INT32_MAX ? INT32_MAX : (int)n;
		return 0;
	}
	__wasi_subscription_t sub[2] = {
		{ .userdata = 1, .u.tag = __WASI_EVENTTYPE_FD_READ, .u.u.fd_read.file_descriptor = h },
		{ .userdata = 0, .u.tag = __WASI_EVENTTYPE_CLOCK,
		  .u.u.clock = { .id = __WASI_CLOCKID_MONOTONIC, .timeout = 0 } },
	};
	__wasi_event_t ev[2];
	__wasi_size_t n;
	e = __wasi_poll_oneoff(sub, ev, 2, &n);
	if (e)
		return __wasi_fail(e);
	*out = 0;
	for (__wasi_size_t i = 0; i < n; i++)
		if (ev[i].userdata == 1 && !ev[i].error)
			*out = ev[i].fd_readwrite.nbytes > INT32_MAX ? INT32_MAX : (int)ev[i].fd_readwrite.nbytes;
	return 0;
}

int ioctl(int fd, int request, ...)
{
	va_list ap;
	va_start(ap, request);
	int r;
	switch (request) {
	case FIONREAD:
		r = nread(fd, va_arg(ap, int *));
		break;
	case FIONBIO: {
		int on = *va_arg(ap, int *);
		r = __fcntl_getfl(fd);
		if (r >= 0)
			r = __fcntl_setfl(fd, on ? r | O_NONBLOCK : r & ~O_NONBLOCK);
		break;
	}
	default:
		/* No terminal or device control exists in WASI: ENOTTY for any
		   open descriptor. */
		r = fcntl(fd, F_GETFD);
		if (r >= 0) {
			errno = ENOTTY;
			r = -1;
		}
		break;
	}
	va_end(ap);
	return r;
}
