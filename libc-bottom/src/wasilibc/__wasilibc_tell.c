#include <wasi/libc.h>
#include "fd_impl.h"
#include "seek_impl.h"
#include "syscall.h"

off_t __wasilibc_tell(int fd)
{
	int h = __fd_host(fd, ESPIPE);
	if (h < 0)
		return -1;
	__wasi_filesize_t pos;
	__wasi_errno_t e = __wasi_fd_tell(h, &pos);
	return e ? __seek_fail(h, e, 0) : (off_t)pos;
}
