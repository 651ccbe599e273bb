#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* WASI can create regular files and directories only. A FIFO cannot
   exist (ENOTSUP); a device needs a privilege no WASI program has (POSIX
   EPERM). An existing path is EEXIST first, as POSIX orders it. */
int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	struct stat st;
	switch (mode & S_IFMT) {
	case 0:
	case S_IFREG: {
		int fd = openat(dirfd, path, O_WRONLY | O_CREAT | O_EXCL, mode);
		return fd < 0 ? -1 : close(fd);
	}
	case S_IFIFO:
	case S_IFCHR:
	case S_IFBLK:
	case S_IFSOCK:
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		errno = EEXIST;
		return -1;
	}
	if (errno != ENOENT)
		return -1;
	errno = (mode & S_IFMT) == S_IFIFO ? ENOTSUP : EPERM;
	return -1;
}
