/* dup, dup2, dup3 and F_DUPFD on host descriptors: shared offsets and
   status flags, independent descriptor flags, closing in any order. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[16];
	int fd = open("/tmp/f", O_RDWR | O_CREAT, 0644);
	CHECK(write(fd, "abcdefgh", 8) == 8);
	int d = dup(fd);
	CHECK(d >= 0 && d != fd);
	/* one open file description: the offset is shared */
	CHECK(lseek(fd, 2, SEEK_SET) == 2);
	CHECK(read(d, buf, 2) == 2 && !memcmp(buf, "cd", 2));
	CHECK(lseek(fd, 0, SEEK_CUR) == 4);
	struct stat a, b;
	CHECK(fstat(fd, &a) == 0 && fstat(d, &b) == 0 && a.st_ino == b.st_ino);
	/* FD_CLOEXEC is per descriptor */
	CHECK(fcntl(d, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == 0);
	/* closing the original leaves the copy working, and the reverse */
	CHECK(close(fd) == 0);
	CHECK(read(d, buf, 2) == 2 && !memcmp(buf, "ef", 2));
	errno = 0;
	CHECK(read(fd, buf, 1) == -1 && errno == EBADF);
	int d2 = dup(d);
	CHECK(close(d) == 0 && pread(d2, buf, 3, 0) == 3 && !memcmp(buf, "abc", 3));
	CHECK(close(d2) == 0);
	errno = 0;
	CHECK(close(d2) == -1 && errno == EBADF);
	/* dup2 onto an open descriptor replaces it */
	int x = open("/tmp/x", O_RDWR | O_CREAT, 0644);
	int y = open("/tmp/y", O_RDWR | O_CREAT, 0644);
	CHECK(write(x, "XX", 2) == 2 && write(y, "YY", 2) == 2);
	CHECK(dup2(x, y) == y);
	CHECK(write(y, "Z", 1) == 1);
	CHECK(lseek(x, 0, SEEK_CUR) == 3);
	CHECK(pread(x, buf, 3, 0) == 3 && !memcmp(buf, "XXZ", 3));
	int yy = open("/tmp/y", O_RDONLY);
	CHECK(read(yy, buf, 3) == 2 && !memcmp(buf, "YY", 2));
	close(yy);
	/* dup2 of a descriptor to itself, of a bad one, to a negative one */
	CHECK(dup2(x, x) == x);
	errno = 0;
	CHECK(dup2(99, x) == -1 && errno == EBADF);
	errno = 0;
	CHECK(dup2(99, 99) == -1 && errno == EBADF);
	errno = 0;
	CHECK(dup2(x, -1) == -1 && errno == EBADF);
	CHECK(pread(x, buf, 1, 0) == 1);
	/* dup2 onto a closed number */
	int z = open("/tmp/z", O_RDWR | O_CREAT, 0644);
	CHECK(close(z) == 0);
	CHECK(dup2(x, z) == z);
	CHECK(pread(z, buf, 3, 0) == 3 && !memcmp(buf, "XXZ", 3));
	/* a new open never takes a number dup2 holds */
	int n = open("/tmp/n", O_RDWR | O_CREAT, 0644);
	CHECK(n != x && n != y && n != z);
	/* dup3 */
	int w = dup3(x, n, O_CLOEXEC);
	CHECK(w == n && fcntl(n, F_GETFD) == 0);
	errno = 0;
	CHECK(dup3(x, x, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(dup3(x, n, O_APPEND) == -1 && errno == EINVAL);
	/* status flags are shared */
	CHECK(fcntl(n, F_SETFL, O_APPEND) == 0);
	CHECK(lseek(x, 0, SEEK_SET) == 0 && write(x, "!", 1) == 1);
	CHECK(lseek(z, 0, SEEK_CUR) == 4);
	/* dup of the standard streams */
	int out = dup(1);
	CHECK(out >= 0 && write(out, "", 0) == 0);
	CHECK(close(out) == 0);
	errno = 0;
	CHECK(dup(-1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(dup(1234) == -1 && errno == EBADF);
	/* many copies, closed in every order */
	int c[8];
	for (int i = 0; i < 8; i++)
		c[i] = dup(x);
	for (int i = 0; i < 8; i += 2)
		CHECK(close(c[i]) == 0);
	CHECK(close(x) == 0 && close(y) == 0 && close(n) == 0);
	for (int i = 1; i < 8; i += 2)
		CHECK(pread(c[i], buf, 1, 3) == 1 && buf[0] == '!');
	for (int i = 1; i < 8; i += 2)
		CHECK(close(c[i]) == 0);
	CHECK(pread(z, buf, 1, 0) == 1 && close(z) == 0);
	errno = 0;
	CHECK(pread(z, buf, 1, 0) == -1 && errno == EBADF);
	return check_result();
}
