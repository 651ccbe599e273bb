//! hosts: wasmtime
/* Not on node: node:wasi does not enforce descriptor rights (a write to
   an O_RDONLY descriptor succeeds there). */
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
	CHECK(fd >= 3);
	CHECK(write(fd, "hello, file\n", 12) == 12);
	struct stat st;
	CHECK(fstat(fd, &st) == 0);
	CHECK(S_ISREG(st.st_mode) && st.st_size == 12 && st.st_nlink == 1);
	CHECK(close(fd) == 0);
	errno = 0;
	CHECK(close(fd) == -1 && errno == EBADF);

	errno = 0;
	CHECK(open("/tmp/a.txt", O_WRONLY | O_CREAT | O_EXCL) == -1 && errno == EEXIST);
	errno = 0;
	CHECK(open("/tmp/missing", O_RDONLY) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(open("/nowhere/x", O_RDONLY) == -1 && errno == ENOENT);

	fd = open("/tmp/a.txt", O_RDONLY);
	CHECK(fd >= 3);
	char buf[32] = {0};
	CHECK(read(fd, buf, 5) == 5 && !memcmp(buf, "hello", 5));
	CHECK(lseek(fd, 0, SEEK_CUR) == 5);
	CHECK(lseek(fd, -5, SEEK_END) == 7);
	CHECK(read(fd, buf, sizeof buf) == 5 && !memcmp(buf, "file\n", 5));
	CHECK(read(fd, buf, sizeof buf) == 0);
	errno = 0;
	CHECK(lseek(fd, -100, SEEK_SET) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(write(fd, "x", 1) == -1 && errno == EBADF);
	CHECK(close(fd) == 0);

	fd = open("/tmp/a.txt", O_WRONLY | O_APPEND);
	CHECK(write(fd, "more\n", 5) == 5);
	CHECK(fstat(fd, &st) == 0 && st.st_size == 17);
	close(fd);
	fd = open("/tmp/a.txt", O_RDWR | O_TRUNC);
	CHECK(fstat(fd, &st) == 0 && st.st_size == 0);
	close(fd);

	/* directories */
	fd = open("/tmp", O_RDONLY | O_DIRECTORY);
	CHECK(fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode));
	close(fd);
	errno = 0;
	CHECK(open("/tmp/a.txt", O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
	CHECK(open("/tests/c/include/check.h", O_RDONLY) >= 0);
	/* relative paths resolve under "/" */
	CHECK(open("tmp/a.txt", O_RDONLY) >= 0);
	/* standard descriptors */
	CHECK(fstat(1, &st) == 0);
	errno = 0;
	CHECK(fstat(99, &st) == -1 && errno == EBADF);
	CHECK(write(1, "", 0) == 0);
	return check_result();
}
