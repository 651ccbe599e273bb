/* lockf and flock: granted at once, nobody else can hold a lock. */
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/l", O_RDWR | O_CREAT, 0644);
	CHECK(lockf(fd, F_LOCK, 0) == 0 && lockf(fd, F_TLOCK, 10) == 0);
	CHECK(lockf(fd, F_TEST, 0) == 0 && lockf(fd, F_ULOCK, 0) == 0);
	errno = 0;
	CHECK(lockf(fd, 42, 0) == -1 && errno == EINVAL);
	int ro = open("/tmp/l", O_RDONLY);
	errno = 0;
	CHECK(lockf(ro, F_LOCK, 0) == -1 && errno == EBADF);
	errno = 0;
	CHECK(lockf(99, F_LOCK, 0) == -1 && errno == EBADF);
	CHECK(flock(fd, LOCK_EX) == 0 && flock(fd, LOCK_SH | LOCK_NB) == 0 && flock(fd, LOCK_UN) == 0);
	errno = 0;
	CHECK(flock(fd, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(flock(99, LOCK_EX) == -1 && errno == EBADF);
	close(ro);
	close(fd);
	return check_result();
}
