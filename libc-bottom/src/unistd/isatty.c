#include <unistd.h>
#include "fd_impl.h"
#include "syscall.h"

/* A terminal is a character device that cannot seek; WASI has no more
   direct test. */
int isatty(int fd)
{
	int h = __fd_host(fd, ENOTTY);
	if (h < 0)
		return 0;
	__wasi_fdstat_t st;
	__wasi_errno_t e = __wasi_fd_fdstat_get(h, &st);
	if (e)
		return __wasi_fail(e), 0;
	if (st.fs_filetype != __WASI_FILETYPE_CHARACTER_DEVICE
	    || (st.fs_rights_base & (__WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL))) {
		errno = ENOTTY;
		return 0;
	}
	return 1;
}
