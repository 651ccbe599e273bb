#include <fcntl.h>
#include <unistd.h>
#include "open_impl.h"
#include "path.h"
#include "syscall.h"

/* What access can learn without permission bits (docs/posix.md): whether
   the file exists; for R_OK and W_OK, whether the host lets it be opened
   that way (so a read-only preopen gives EROFS for W_OK); for X_OK,
   whether it can be searched, which only a directory can: nothing in WASI
   executes a file. There are no users, so AT_EACCESS changes nothing. */
int faccessat(int dirfd, const char *path, int amode, int flag)
{
	if ((amode & ~(R_OK | W_OK | X_OK)) || (flag & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW))) {
		errno = EINVAL;
		return -1;
	}
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0) {
		/* A directory above the preopens: searchable, readable, not
		   writable (as stat reports it). */
		if (errno != ENOENT || !__path_is_virtual(dirfd, path))
			return -1;
		if (amode & W_OK) {
			errno = EROFS;
			return -1;
		}
		return 0;
	}
	__wasi_lookupflags_t lookup = flag & AT_SYMLINK_NOFOLLOW ? 0 : __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
	__wasi_filestat_t st;
	__wasi_errno_t e = __wasi_path_filestat_get(p.fd, lookup, p.rel, &st);
	int r = e ? __wasi_fail(e) : 0;
	int dir = !e && st.filetype == __WASI_FILETYPE_DIRECTORY;
	if (!r && (amode & X_OK) && !dir) {
		errno = EACCES;
		r = -1;
	}
	if (!r && (amode & R_OK)) {
		int fd = __open_host(p.fd, p.rel, O_RDONLY | (dir ? O_DIRECTORY : 0));
		r = fd < 0 ? -1 : close(fd);
	}
	if (!r && (amode & W_OK)) {
		if (dir) {
			/* A directory cannot be opened for writing: ask for a
			   change that changes nothing. */
			e = __wasi_path_filestat_set_times(p.fd, lookup, p.rel, 0, 0, 0);
			r = __wasi_result(e == __WASI_ERRNO_PERM ? __WASI_ERRNO_ROFS : e);
		} else {
			int fd = __open_host(p.fd, p.rel, O_WRONLY);
			r = fd < 0 ? -1 : close(fd);
		}
	}
	__path_done(&p);
	return r;
}
