/* fcntl: descriptor flags, status flags, duplication and record locks;
   ioctl's FIONREAD and FIONBIO. */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/x", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0 && write(fd, "0123456789", 10) == 10);
	/* F_GETFD / F_SETFD */
	CHECK(fcntl(fd, F_GETFD) == 0);
	CHECK(fcntl(fd, F_SETFD, FD_CLOEXEC) == 0);
	CHECK(fcntl(fd, F_GETFD) == FD_CLOEXEC);
	CHECK(fcntl(fd, F_SETFD, 0) == 0);
	CHECK(fcntl(fd, F_GETFD) == 0);
	errno = 0;
	CHECK(fcntl(99, F_GETFD) == -1 && errno == EBADF);
	errno = 0;
	CHECK(fcntl(99, F_SETFD, FD_CLOEXEC) == -1 && errno == EBADF);
	/* F_GETFL: the access mode */
	CHECK((fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
	int ro = open("/tmp/x", O_RDONLY);
	CHECK((fcntl(ro, F_GETFL) & O_ACCMODE) == O_RDONLY);
	int wo = open("/tmp/x", O_WRONLY | O_APPEND);
	CHECK((fcntl(wo, F_GETFL) & O_ACCMODE) == O_WRONLY);
	/* F_SETFL: O_APPEND takes effect */
	CHECK(fcntl(fd, F_SETFL, O_APPEND) == 0);
	CHECK(lseek(fd, 0, SEEK_SET) == 0 && write(fd, "A", 1) == 1);
	CHECK(lseek(fd, 0, SEEK_CUR) == 11);
	CHECK(fcntl(fd, F_SETFL, 0) == 0);
	CHECK(lseek(fd, 0, SEEK_SET) == 0 && write(fd, "B", 1) == 1);
	CHECK(lseek(fd, 0, SEEK_CUR) == 1);
	errno = 0;
	CHECK(fcntl(99, F_GETFL) == -1 && errno == EBADF);
	errno = 0;
	CHECK(fcntl(99, F_SETFL, 0) == -1 && errno == EBADF);
	/* F_DUPFD: the lowest free number at or above the argument */
	int d = fcntl(fd, F_DUPFD, 0);
	CHECK(d >= 0 && d != fd);
	int d10 = fcntl(fd, F_DUPFD, 10);
	CHECK(d10 >= 10);
	CHECK(fcntl(d10, F_GETFD) == 0);
	int dc = fcntl(fd, F_DUPFD_CLOEXEC, 20);
	CHECK(dc >= 20 && fcntl(dc, F_GETFD) == FD_CLOEXEC);
	/* duplicates share the offset */
	CHECK(lseek(fd, 3, SEEK_SET) == 3 && lseek(d10, 0, SEEK_CUR) == 3);
	char c;
	CHECK(read(d, &c, 1) == 1 && c == '3' && lseek(dc, 0, SEEK_CUR) == 4);
	errno = 0;
	CHECK(fcntl(fd, F_DUPFD, -1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(fcntl(99, F_DUPFD, 0) == -1 && errno == EBADF);
	CHECK(close(d) == 0 && close(d10) == 0 && close(dc) == 0);
	CHECK(read(fd, &c, 1) == 1 && c == '4');
	/* locks: always granted, and nobody else holds one */
	struct flock l = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	CHECK(fcntl(fd, F_SETLK, &l) == 0);
	CHECK(fcntl(fd, F_SETLKW, &l) == 0);
	CHECK(fcntl(fd, F_GETLK, &l) == 0 && l.l_type == F_UNLCK);
	l.l_type = F_WRLCK;
	errno = 0;
	CHECK(fcntl(ro, F_SETLK, &l) == -1 && errno == EBADF);
	l.l_type = F_RDLCK;
	errno = 0;
	CHECK(fcntl(wo, F_SETLK, &l) == -1 && errno == EBADF);
	CHECK(fcntl(ro, F_SETLK, &l) == 0);
	l.l_type = 42;
	errno = 0;
	CHECK(fcntl(fd, F_SETLK, &l) == -1 && errno == EINVAL);
	l.l_type = F_UNLCK;
	CHECK(fcntl(fd, F_SETLK, &l) == 0);
	errno = 0;
	CHECK(fcntl(fd, 12345) == -1 && errno == EINVAL);
	/* ioctl */
	int n = -1;
	CHECK(lseek(fd, 4, SEEK_SET) == 4);
	CHECK(ioctl(fd, FIONREAD, &n) == 0 && n == 7);
	int on = 1;
	CHECK(ioctl(fd, FIONBIO, &on) == 0);
	on = 0;
	CHECK(ioctl(fd, FIONBIO, &on) == 0);
	errno = 0;
	CHECK(ioctl(fd, 0x5401, &n) == -1 && errno == ENOTTY);
	errno = 0;
	CHECK(ioctl(99, FIONREAD, &n) == -1 && errno == EBADF);
	errno = 0;
	CHECK(ioctl(99, 0x5401, &n) == -1 && errno == EBADF);
	int dir = open("/tmp", O_RDONLY | O_DIRECTORY);
	errno = 0;
	CHECK(ioctl(dir, FIONREAD, &n) == -1 && errno == ENOTTY);
	/* isatty */
	errno = 0;
	CHECK(isatty(fd) == 0 && errno == ENOTTY);
	errno = 0;
	CHECK(isatty(99) == 0 && errno == EBADF);
	close(dir);
	close(ro);
	close(wo);
	close(fd);
	return check_result();
}
