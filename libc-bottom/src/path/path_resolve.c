#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include "fd_impl.h"
#include "path.h"
#include "preopen.h"
#include "syscall.h"

/* Whether an absolute path can be matched against the preopens as it is:
   no "." or ".." component and no empty one. */
static int plain(const char *p)
{
	for (; *p; p++) {
		if (*p != '/')
			continue;
		if (p[1] == '/')
			return 0;
		if (p[1] == '.' && (!p[2] || p[2] == '/' || (p[2] == '.' && (!p[3] || p[3] == '/'))))
			return 0;
	}
	return 1;
}

hidden int __path_resolve(int dirfd, const char *path, struct __path *out)
{
	out->buf = 0;
	if (!*path) {
		errno = ENOENT;
		return -1;
	}
	if (strnlen(path, PATH_MAX) >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (path[0] != '/' && dirfd != AT_FDCWD) {
		int fd = __fd_host(dirfd, ENOTDIR);
		if (fd < 0)
			return -1;
		/* Checked here because hosts answer ENOTCAPABLE or EBADF for a
		   descriptor that is not a directory, where POSIX says
		   ENOTDIR. */
		int type = __wasi_fd_type(fd);
		if (type != __WASI_FILETYPE_DIRECTORY) {
			errno = type < 0 ? EBADF : ENOTDIR;
			return -1;
		}
		out->fd = fd;
		out->rel = path;
		return 0;
	}
	const char *abs = path;
	if (path[0] != '/' || !plain(path)) {
		out->buf = __path_absolute(path);
		if (!out->buf)
			return -1;
		abs = out->buf;
	}
	out->fd = __preopen_match(abs, &out->rel, 0);
	if (out->fd < 0) {
		__path_done(out);
		out->buf = 0;
		return -1;
	}
	return 0;
}
