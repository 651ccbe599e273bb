#include <unistd.h>
#include "syscall.h"

off_t lseek(int fd, off_t offset, int whence)
{
	__wasi_filesize_t pos;
	__wasi_errno_t e = __wasi_fd_seek(fd, offset, (__wasi_whence_t)whence, &pos);
	/* A pipe or terminal cannot seek: POSIX says ESPIPE, where WASI hosts
	   report the missing FD_SEEK right. */
	if (e == __WASI_ERRNO_NOTCAPABLE)
		e = __WASI_ERRNO_SPIPE;
	return e ? __wasi_fail(e) : (off_t)pos;
}
