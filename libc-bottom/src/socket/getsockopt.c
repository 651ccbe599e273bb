#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "socket_impl.h"
#include "syscall.h"

/* What WASI can tell: the type, that no error is pending, and for a
   socket pair end the family. Any other option is one the protocol does
   not offer here (ENOPROTOOPT). */
int getsockopt(int fd, int level, int name, void *restrict value, socklen_t *restrict len)
{
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -1)
		return -1;
	int v;
	if (level != SOL_SOCKET) {
		errno = ENOPROTOOPT;
		return -1;
	}
	switch (name) {
	case SO_TYPE:
		v = h == -2 || __wasi_fd_type(h) == __WASI_FILETYPE_SOCKET_STREAM ? SOCK_STREAM : SOCK_DGRAM;
		break;
	case SO_ERROR:
		v = 0;
		break;
	case SO_DOMAIN:
		if (h != -2) {
			errno = ENOPROTOOPT;
			return -1;
		}
		v = AF_UNIX;
		break;
	case SO_ACCEPTCONN:
		if (h != -2) {
			errno = ENOPROTOOPT;
			return -1;
		}
		v = 0;
		break;
	default:
		errno = ENOPROTOOPT;
		return -1;
	}
	if (*len < sizeof v) {
		errno = EINVAL;
		return -1;
	}
	memcpy(value, &v, sizeof v);
	*len = sizeof v;
	return 0;
}
