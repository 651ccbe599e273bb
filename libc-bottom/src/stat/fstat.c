#include <sys/stat.h>
#include "stat_impl.h"
#include "syscall.h"

int fstat(int fd, struct stat *st)
{
	__wasi_filestat_t fs;
	__wasi_errno_t e = __wasi_fd_filestat_get(fd, &fs);
	if (e)
		return __wasi_fail(e);
	__wasi_to_stat(&fs, st);
	return 0;
}
