#include <unistd.h>
#include <wasi/libc.h>
#include "fd_impl.h"
#include "syscall.h"

/* A descriptor the layer manages moves as dup2 and close would move
   it. */
int __wasilibc_fd_renumber(int fd, int newfd)
{
	if (__fd_file(fd) || __fd_file(newfd)) {
		if (fd == newfd)
			return dup2(fd, newfd) < 0 ? -1 : 0;
		return dup2(fd, newfd) < 0 ? -1 : close(fd);
	}
	return __wasi_result(__wasi_fd_renumber(fd, newfd));
}
