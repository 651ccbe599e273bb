#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "path.h"
#include "stat_impl.h"
#include "syscall.h"

/* A directory that exists only as an ancestor of preopens has no host
   file behind it: it reads as an empty, read-only directory, so that
   stat, chdir and getcwd agree about it. */
static int virtual_dir(int dirfd, const char *path, struct stat *st)
{
	if (!__path_is_virtual(dirfd, path))
		return 0;
	memset(st, 0, sizeof *st);
	st->st_mode = S_IFDIR | 0555;
	st->st_nlink = 2;
	return 1;
}

int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flag)
{
	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return errno == ENOENT && virtual_dir(dirfd, path, st) ? 0 : -1;
	__wasi_filestat_t fs;
	__wasi_lookupflags_t lookup = flag & AT_SYMLINK_NOFOLLOW ? 0 : __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
	__wasi_errno_t e = __wasi_path_filestat_get(p.fd, lookup, p.rel, &fs);
	__path_done(&p);
	if (e)
		return __wasi_fail(e);
	__wasi_to_stat(&fs, st);
	return 0;
}
