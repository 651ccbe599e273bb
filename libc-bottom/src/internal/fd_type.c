#include "syscall.h"

hidden int __wasi_fd_type(int fd)
{
	__wasi_fdstat_t st;
	return __wasi_fd_fdstat_get(fd, &st) ? -1 : st.fs_filetype;
}
