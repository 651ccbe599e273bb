/* pipe and pipe2: a buffer inside the process (docs/posix.md). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int p[2];
	char buf[64];
	CHECK(pipe(p) == 0 && p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
	CHECK(write(p[1], "hello", 5) == 5);
	int n = -1;
	CHECK(ioctl(p[0], FIONREAD, &n) == 0 && n == 5);
	CHECK(read(p[0], buf, 3) == 3 && !memcmp(buf, "hel", 3));
	CHECK(read(p[0], buf, sizeof buf) == 2 && !memcmp(buf, "lo", 2));
	/* an empty pipe with its writer open: nobody could ever write */
	errno = 0;
	CHECK(read(p[0], buf, 1) == -1 && errno == EDEADLK);
	CHECK(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
	CHECK(fcntl(p[0], F_GETFL) == (O_RDONLY | O_NONBLOCK));
	CHECK(fcntl(p[1], F_GETFL) == O_WRONLY);
	errno = 0;
	CHECK(read(p[0], buf, 1) == -1 && errno == EAGAIN);
	/* the wrong end, seeking, syncing */
	errno = 0;
	CHECK(write(p[0], "x", 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(read(p[1], buf, 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(lseek(p[0], 0, SEEK_SET) == -1 && errno == ESPIPE);
	errno = 0;
	CHECK(pread(p[0], buf, 1, 0) == -1 && errno == ESPIPE);
	errno = 0;
	CHECK(fsync(p[1]) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(ftruncate(p[1], 0) == -1 && errno == EINVAL);
	CHECK(posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL) == ESPIPE);
	errno = 0;
	CHECK(isatty(p[0]) == 0 && errno == ENOTTY);
	struct stat st;
	CHECK(fstat(p[0], &st) == 0 && S_ISFIFO(st.st_mode));
	struct stat st1;
	CHECK(fstat(p[1], &st1) == 0 && st1.st_ino == st.st_ino);
	errno = 0;
	CHECK(openat(p[0], "x", O_RDONLY) == -1 && errno == ENOTDIR);
	/* vectored I/O, large writes */
	struct iovec iov[2] = { { "ab", 2 }, { "cd", 2 } };
	CHECK(writev(p[1], iov, 2) == 4);
	static char big[100000];
	memset(big, 'z', sizeof big);
	CHECK(write(p[1], big, sizeof big) == (ssize_t)sizeof big);
	char two[3] = { 0 };
	struct iovec in[2] = { { two, 2 }, { buf, 2 } };
	CHECK(readv(p[0], in, 2) == 4 && !strcmp(two, "ab") && !memcmp(buf, "cd", 2));
	size_t total = 0;
	ssize_t r;
	while ((r = read(p[0], big, 30000)) > 0)
		total += (size_t)r;
	CHECK(total == sizeof big && r == -1 && errno == EAGAIN);
	/* duplicates of an end keep it open */
	int w2 = dup(p[1]);
	CHECK(close(p[1]) == 0);
	CHECK(write(w2, "q", 1) == 1 && read(p[0], buf, 1) == 1 && buf[0] == 'q');
	/* end of file once every write end is closed */
	CHECK(close(w2) == 0);
	CHECK(read(p[0], buf, 1) == 0);
	CHECK(close(p[0]) == 0);
	errno = 0;
	CHECK(close(p[0]) == -1 && errno == EBADF);
	/* writing with no reader */
	CHECK(pipe2(p, O_CLOEXEC) == 0);
	CHECK(close(p[0]) == 0);
	errno = 0;
	CHECK(write(p[1], "x", 1) == -1 && errno == EPIPE);
	close(p[1]);
	/* pipe2 flags */
	CHECK(pipe2(p, O_NONBLOCK) == 0);
	errno = 0;
	CHECK(read(p[0], buf, 1) == -1 && errno == EAGAIN);
	close(p[0]);
	close(p[1]);
	errno = 0;
	CHECK(pipe2(p, O_APPEND) == -1 && errno == EINVAL);
	/* a stream over a pipe */
	CHECK(pipe(p) == 0);
	FILE *w = fdopen(p[1], "w");
	CHECK(w != 0 && fputs("through stdio", w) >= 0 && fclose(w) == 0);
	FILE *rd = fdopen(p[0], "r");
	CHECK(rd && fgets(buf, sizeof buf, rd) && !strcmp(buf, "through stdio"));
	CHECK(fclose(rd) == 0);
	/* many pipes, all distinct */
	int fds[20];
	for (int i = 0; i < 20; i += 2)
		CHECK(pipe(fds + i) == 0);
	for (int i = 0; i < 20; i++)
		for (int j = 0; j < i; j++)
			CHECK(fds[i] != fds[j]);
	for (int i = 0; i < 20; i++)
		CHECK(close(fds[i]) == 0);
	return check_result();
}
