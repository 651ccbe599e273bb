#include <sys/stat.h>
#include "fd_impl.h"
#include "stat_impl.h"
#include "syscall.h"

int fstat(int fd, struct stat *st)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->ops) {
		f->ops->stat(f, st);
		return 0;
	}
	__wasi_filestat_t fs;
	__wasi_errno_t e = __wasi_fd_filestat_get(f ? f->host : fd, &fs);
	if (e)
		return __wasi_fail(e);
	__wasi_to_stat(&fs, st);
	return 0;
}
