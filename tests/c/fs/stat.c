/* stat, lstat, fstat and fstatat: file types, serial numbers, links,
   sizes and nanosecond times. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct stat a, b, c;
	int fd = open("/tmp/s", O_WRONLY | O_CREAT, 0644);
	CHECK(write(fd, "12345", 5) == 5);
	CHECK(stat("/tmp/s", &a) == 0);
	CHECK(S_ISREG(a.st_mode) && !S_ISDIR(a.st_mode) && a.st_size == 5 && a.st_nlink == 1);
	CHECK((a.st_mode & 0777) == 0644);
	CHECK(fstat(fd, &b) == 0 && b.st_ino == a.st_ino && b.st_dev == a.st_dev);
	CHECK(a.st_mtim.tv_nsec >= 0 && a.st_mtim.tv_nsec < 1000000000);
	CHECK(a.st_mtime > 1600000000 && a.st_mtime == a.st_mtim.tv_sec);
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	CHECK(a.st_mtim.tv_sec <= now.tv_sec + 2 && a.st_mtim.tv_sec >= now.tv_sec - 60);
	CHECK(a.st_blksize > 0);
	close(fd);
	/* directories */
	CHECK(mkdir("/tmp/d", 0755) == 0);
	CHECK(stat("/tmp/d", &c) == 0 && S_ISDIR(c.st_mode) && c.st_ino != a.st_ino);
	CHECK((c.st_mode & 0777) == 0755);
	CHECK(stat("/tmp/d/", &c) == 0 && S_ISDIR(c.st_mode));
	CHECK(stat("/tmp/d/.", &c) == 0 && S_ISDIR(c.st_mode));
	CHECK(stat("/tmp/d/..", &b) == 0 && S_ISDIR(b.st_mode));
	CHECK(stat("/tmp", &c) == 0 && c.st_ino == b.st_ino);
	/* symbolic links: lstat sees the link, stat its target */
	CHECK(symlink("s", "/tmp/l") == 0);
	CHECK(lstat("/tmp/l", &b) == 0 && S_ISLNK(b.st_mode) && b.st_size == 1);
	CHECK(stat("/tmp/l", &b) == 0 && S_ISREG(b.st_mode) && b.st_ino == a.st_ino);
	CHECK(symlink("missing", "/tmp/dangling") == 0);
	CHECK(lstat("/tmp/dangling", &b) == 0 && S_ISLNK(b.st_mode));
	errno = 0;
	CHECK(stat("/tmp/dangling", &b) == -1 && errno == ENOENT);
	/* fstatat */
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(fstatat(dir, "s", &b, 0) == 0 && b.st_ino == a.st_ino);
	CHECK(fstatat(dir, "l", &b, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(b.st_mode));
	CHECK(fstatat(AT_FDCWD, "/tmp/s", &b, 0) == 0 && b.st_ino == a.st_ino);
	CHECK(fstatat(dir, "/tmp/s", &b, 0) == 0);
	errno = 0;
	CHECK(fstatat(dir, "s", &b, 0x100) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(fstatat(99, "s", &b, 0) == -1 && errno == EBADF);
	close(dir);
	/* errors */
	errno = 0;
	CHECK(stat("/tmp/none", &b) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(stat("", &b) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(stat("/tmp/s/x", &b) == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(stat("/tmp/s/", &b) == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(fstat(-1, &b) == -1 && errno == EBADF);
	/* the standard streams */
	CHECK(fstat(0, &b) == 0 && fstat(1, &b) == 0 && fstat(2, &b) == 0);
	/* a directory above the preopens exists only as a name */
	CHECK(stat("/", &b) == 0 && S_ISDIR(b.st_mode) && (b.st_mode & 0777) == 0555);
	CHECK(stat("/tmp/..", &b) == 0 && S_ISDIR(b.st_mode));
	CHECK(access("/", R_OK | X_OK) == 0);
	errno = 0;
	CHECK(access("/", W_OK) == -1 && errno == EROFS);
	errno = 0;
	CHECK(open("/", O_RDONLY) == -1 && errno == ENOENT);
	return check_result();
}
