#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

/* WASI files have no permission bits to change (docs/posix.md): the call
   succeeds once the file is found, as it would for a mode the file
   already has. */
int fchmodat(int dirfd, const char *path, mode_t mode, int flag)
{
	struct stat st;
	if (flag & ~AT_SYMLINK_NOFOLLOW) {
		errno = EINVAL;
		return -1;
	}
	return fstatat(dirfd, path, &st, flag);
}
