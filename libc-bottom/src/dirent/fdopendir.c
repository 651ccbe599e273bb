#include <dirent.h>
#include <stdlib.h>
#include "dirent_impl.h"
#include "fd_impl.h"
#include "syscall.h"

DIR *fdopendir(int fd)
{
	int h = __fd_host(fd, ENOTDIR);
	if (h < 0)
		return 0;
	__wasi_fdstat_t st;
	__wasi_errno_t e = __wasi_fd_fdstat_get(h, &st);
	if (e) {
		__wasi_fail(e);
		return 0;
	}
	if (st.fs_filetype != __WASI_FILETYPE_DIRECTORY) {
		errno = ENOTDIR;
		return 0;
	}
	DIR *d = calloc(1, sizeof *d);
	if (!d)
		return 0;
	d->size = 4096;
	d->buf = malloc(d->size);
	if (!d->buf) {
		free(d);
		return 0;
	}
	d->fd = fd;
	return d;
}
