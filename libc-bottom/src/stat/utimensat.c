#include <fcntl.h>
#include <sys/stat.h>
#include "path.h"
#include "syscall.h"
#include "times_impl.h"

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flag)
{
	__wasi_timestamp_t atim, mtim;
	__wasi_fstflags_t fl;
	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	if (__utimens_flags(times, &atim, &mtim, &fl) < 0)
		return -1;
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return -1;
	__wasi_lookupflags_t lookup = flag & AT_SYMLINK_NOFOLLOW ? 0 : __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
	__wasi_errno_t e = __wasi_path_filestat_set_times(p.fd, lookup, p.rel, atim, mtim, fl);
	__path_done(&p);
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
