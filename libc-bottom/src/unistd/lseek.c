#include <unistd.h>
#include "fd_impl.h"
#include "seek_impl.h"
#include "syscall.h"

off_t lseek(int fd, off_t offset, int whence)
{
	int h = __fd_host(fd, ESPIPE);
	if (h < 0)
		return -1;
	/* Checked here: a host may trap on a whence outside the enum. */
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	__wasi_filesize_t pos;
	__wasi_errno_t e = __wasi_fd_seek(h, offset, (__wasi_whence_t)whence, &pos);
	return e ? __seek_fail(h, e, 0) : (off_t)pos;
}
