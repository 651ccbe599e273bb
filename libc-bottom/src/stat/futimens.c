#include <sys/stat.h>
#include "fd_impl.h"
#include "syscall.h"
#include "times_impl.h"

int futimens(int fd, const struct timespec times[2])
{
	__wasi_timestamp_t atim, mtim;
	__wasi_fstflags_t fl;
	if (__utimens_flags(times, &atim, &mtim, &fl) < 0)
		return -1;
	struct __fd_file *f = __fd_file(fd);
	/* A pipe has no times to keep; like Linux, accept the call. */
	if (f && f->host < 0)
		return 0;
	__wasi_errno_t e = __wasi_fd_filestat_set_times(f ? f->host : fd, atim, mtim, fl);
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
