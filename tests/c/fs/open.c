/* open, openat and creat with every flag, on the host's real files. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static off_t size_of(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? st.st_size : -1;
}

int main(void)
{
	char buf[64];
	/* O_CREAT | O_EXCL */
	int fd = open("/tmp/f", O_RDWR | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	CHECK(write(fd, "0123456789", 10) == 10);
	CHECK(close(fd) == 0);
	errno = 0;
	CHECK(open("/tmp/f", O_RDWR | O_CREAT | O_EXCL, 0600) == -1 && errno == EEXIST);
	/* O_CREAT alone opens what exists, untouched */
	fd = open("/tmp/f", O_RDONLY | O_CREAT, 0600);
	CHECK(fd >= 0 && read(fd, buf, sizeof buf) == 10);
	close(fd);
	/* O_APPEND: every write goes to the end, whatever the offset */
	fd = open("/tmp/f", O_WRONLY | O_APPEND);
	CHECK(fd >= 0);
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	CHECK(write(fd, "ab", 2) == 2);
	CHECK(lseek(fd, 0, SEEK_CUR) == 12);
	close(fd);
	CHECK(size_of("/tmp/f") == 12);
	/* O_TRUNC */
	fd = open("/tmp/f", O_RDWR | O_TRUNC);
	CHECK(fd >= 0 && size_of("/tmp/f") == 0);
	close(fd);
	/* creat: write-only, created or truncated */
	fd = creat("/tmp/c", 0644);
	CHECK(fd >= 0 && write(fd, "xyz", 3) == 3);
	close(fd);
	fd = creat("/tmp/c", 0644);
	CHECK(fd >= 0 && size_of("/tmp/c") == 0);
	close(fd);
	/* O_DIRECTORY */
	fd = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0);
	close(fd);
	errno = 0;
	CHECK(open("/tmp/f", O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
	/* O_CLOEXEC (no exec in WASI: accepted), O_NONBLOCK, O_NOCTTY */
	fd = open("/tmp/f", O_RDWR | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	CHECK(fd >= 0 && write(fd, "n", 1) == 1);
	close(fd);
	/* O_SYNC, O_DSYNC, O_RSYNC: honoured, or refused as POSIX allows */
	int syncs[] = { O_SYNC, O_DSYNC, O_RSYNC | O_SYNC };
	for (int i = 0; i < 3; i++) {
		errno = 0;
		fd = open("/tmp/f", O_WRONLY | syncs[i]);
		CHECK(fd >= 0 || errno == EINVAL);
		if (fd >= 0) {
			CHECK(write(fd, "s", 1) == 1);
			close(fd);
		}
	}
	/* O_SEARCH / O_PATH: a directory to resolve paths against only */
	fd = open("/tmp/f", O_WRONLY | O_TRUNC);
	CHECK(fd >= 0 && write(fd, "s", 1) == 1);
	close(fd);
	int dir = open("/tmp", O_SEARCH | O_DIRECTORY);
	CHECK(dir >= 0);
	fd = openat(dir, "f", O_RDONLY);
	CHECK(fd >= 0 && read(fd, buf, 1) == 1 && buf[0] == 's');
	close(fd);
	close(dir);
	dir = open("/tmp", O_PATH);
	CHECK(dir >= 0);
	close(dir);
	/* openat: relative to a directory, absolute ignores it, AT_FDCWD */
	CHECK(mkdir("/tmp/d", 0755) == 0);
	dir = open("/tmp/d", O_RDONLY | O_DIRECTORY);
	fd = openat(dir, "inner", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0);
	close(fd);
	CHECK(size_of("/tmp/d/inner") == 0);
	fd = openat(dir, "/tmp/f", O_RDONLY);
	CHECK(fd >= 0);
	close(fd);
	fd = openat(AT_FDCWD, "/tmp/d/inner", O_RDONLY);
	CHECK(fd >= 0);
	close(fd);
	errno = 0;
	CHECK(openat(99, "inner", O_RDONLY) == -1 && errno == EBADF);
	fd = open("/tmp/f", O_RDONLY);
	errno = 0;
	CHECK(openat(fd, "inner", O_RDONLY) == -1 && errno == ENOTDIR);
	close(fd);
	close(dir);
	/* errors */
	errno = 0;
	CHECK(open("", O_RDONLY) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(open("/tmp/missing/x", O_RDONLY | O_CREAT, 0644) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(open("/tmp/f/x", O_RDONLY) == -1 && errno == ENOTDIR);
	errno = 0;
	CHECK(open("/nowhere", O_RDONLY) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(open("/tmp/f", O_RDONLY | O_WRONLY | O_SEARCH) == -1 && errno == EINVAL);
	static char longname[NAME_MAX + 10];
	memset(longname, 'n', sizeof longname - 1);
	memcpy(longname, "/tmp/", 5);
	errno = 0;
	CHECK(open(longname, O_RDONLY | O_CREAT, 0644) == -1 && errno == ENAMETOOLONG);
	static char longpath[PATH_MAX + 2];
	memset(longpath, 'p', sizeof longpath - 1);
	memcpy(longpath, "/tmp/", 5);
	errno = 0;
	CHECK(open(longpath, O_RDONLY) == -1 && errno == ENAMETOOLONG);
	/* a path that climbs out of every preopen */
	errno = 0;
	CHECK(openat(AT_FDCWD, "/tmp/../../../etc/passwd", O_RDONLY) == -1 && errno == ENOENT);
	return check_result();
}
