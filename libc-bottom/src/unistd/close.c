#include <unistd.h>
#include "syscall.h"

int close(int fd)
{
	__wasi_errno_t e = __wasi_fd_close(fd);
	return e ? __wasi_fail(e) : 0;
}
