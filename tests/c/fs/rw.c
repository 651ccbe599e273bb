/* read, write and their positioned and vectored forms, lseek, sync,
   truncation and the advisory calls. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[64];
	int fd = open("/tmp/rw", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0);
	/* write, lseek, read */
	CHECK(write(fd, "hello world", 11) == 11);
	CHECK(lseek(fd, 0, SEEK_CUR) == 11);
	CHECK(lseek(fd, 6, SEEK_SET) == 6);
	CHECK(read(fd, buf, 5) == 5 && !memcmp(buf, "world", 5));
	CHECK(read(fd, buf, 5) == 0);
	CHECK(lseek(fd, -5, SEEK_END) == 6);
	CHECK(lseek(fd, 20, SEEK_SET) == 20);
	CHECK(write(fd, "!", 1) == 1);
	struct stat st;
	CHECK(fstat(fd, &st) == 0 && st.st_size == 21);
	CHECK(pread(fd, buf, 3, 11) == 3 && buf[0] == 0 && buf[1] == 0 && buf[2] == 0);
	errno = 0;
	CHECK(lseek(fd, -1, SEEK_SET) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(lseek(fd, 0, 7) == -1 && errno == EINVAL);
	/* pread and pwrite leave the offset alone */
	CHECK(lseek(fd, 2, SEEK_SET) == 2);
	CHECK(pwrite(fd, "HELLO", 5, 0) == 5);
	CHECK(pread(fd, buf, 11, 0) == 11 && !memcmp(buf, "HELLO world", 11));
	CHECK(lseek(fd, 0, SEEK_CUR) == 2);
	errno = 0;
	CHECK(pread(fd, buf, 1, -1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(pwrite(fd, buf, 1, -1) == -1 && errno == EINVAL);
	CHECK(pread(fd, buf, 4, 100) == 0);
	/* readv, writev, preadv, pwritev */
	struct iovec iov[3] = { { "ab", 2 }, { "", 0 }, { "cde", 3 } };
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	CHECK(writev(fd, iov, 3) == 5);
	char a[2], b[4];
	struct iovec in[2] = { { a, 2 }, { b, 4 } };
	CHECK(lseek(fd, 0, SEEK_SET) == 0);
	CHECK(readv(fd, in, 2) == 6 && !memcmp(a, "ab", 2) && !memcmp(b, "cde ", 4));
	CHECK(pwritev(fd, iov, 3, 10) == 5);
	CHECK(preadv(fd, in, 2, 10) == 6 && !memcmp(a, "ab", 2) && !memcmp(b, "cde\0", 4));
	errno = 0;
	CHECK(readv(fd, in, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(writev(fd, iov, -1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(writev(fd, iov, IOV_MAX + 1) == -1 && errno == EINVAL);
	struct iovec huge[2] = { { buf, (size_t)SSIZE_MAX }, { buf, 2 } };
	errno = 0;
	CHECK(readv(fd, huge, 2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(preadv(fd, in, 2, -1) == -1 && errno == EINVAL);
	/* sync */
	CHECK(fsync(fd) == 0);
	CHECK(fdatasync(fd) == 0);
	/* ftruncate, truncate */
	CHECK(ftruncate(fd, 4) == 0 && fstat(fd, &st) == 0 && st.st_size == 4);
	CHECK(ftruncate(fd, 100) == 0 && fstat(fd, &st) == 0 && st.st_size == 100);
	CHECK(pread(fd, buf, 2, 50) == 2 && buf[0] == 0 && buf[1] == 0);
	errno = 0;
	CHECK(ftruncate(fd, -1) == -1 && errno == EINVAL);
	CHECK(truncate("/tmp/rw", 7) == 0 && stat("/tmp/rw", &st) == 0 && st.st_size == 7);
	errno = 0;
	CHECK(truncate("/tmp/rw", -1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(truncate("/tmp/none", 1) == -1 && errno == ENOENT);
	errno = 0;
	CHECK(truncate("/tmp", 1) == -1 && errno == EISDIR);
	/* posix_fallocate and posix_fadvise return the error */
	CHECK(posix_fallocate(fd, 0, 50) == 0 && fstat(fd, &st) == 0 && st.st_size == 50);
	CHECK(posix_fallocate(fd, 0, 10) == 0 && fstat(fd, &st) == 0 && st.st_size == 50);
	CHECK(pread(fd, buf, 7, 0) == 7 && !memcmp(buf, "abcd\0\0\0", 7));
	CHECK(posix_fallocate(fd, -1, 10) == EINVAL);
	CHECK(posix_fallocate(fd, 0, 0) == EINVAL);
	CHECK(posix_fallocate(99, 0, 1) == EBADF);
	CHECK(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL) == 0);
	CHECK(posix_fadvise(fd, 0, 10, POSIX_FADV_DONTNEED) == 0);
	CHECK(posix_fadvise(fd, 0, 0, 99) == EINVAL);
	CHECK(posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL) == EINVAL);
	CHECK(posix_fadvise(99, 0, 0, POSIX_FADV_NORMAL) == EBADF);
	CHECK(close(fd) == 0);

	/* a descriptor that is closed, or was never open */
	errno = 0;
	CHECK(read(fd, buf, 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(write(fd, buf, 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(lseek(fd, 0, SEEK_SET) == -1 && errno == EBADF);
	errno = 0;
	CHECK(fsync(-1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(ftruncate(fd, 0) == -1 && errno == EBADF);
	errno = 0;
	CHECK(pread(-5, buf, 1, 0) == -1 && errno == EBADF);

	/* a directory: EISDIR for read, and no truncating */
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	errno = 0;
	CHECK(read(dir, buf, 1) == -1 && errno == EISDIR);
	errno = 0;
	CHECK(pread(dir, buf, 1, 0) == -1 && errno == EISDIR);
	errno = 0;
	CHECK(ftruncate(dir, 0) == -1 && (errno == EINVAL || errno == EBADF));
	close(dir);
	/* zero-length I/O */
	CHECK(write(1, "", 0) == 0);
	return check_result();
}
