/* select and pselect over files, standard streams and pipes. */
#include <errno.h>
#include <fcntl.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/s", O_RDWR | O_CREAT, 0644);
	int pp[2];
	CHECK(pipe(pp) == 0);
	int max = (fd > pp[1] ? fd : pp[1]) + 1;
	fd_set r, w, x;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&x);
	FD_SET(fd, &r);
	FD_SET(pp[0], &r);
	FD_SET(fd, &w);
	FD_SET(pp[1], &w);
	FD_SET(fd, &x);
	CHECK(FD_ISSET(fd, &r) && FD_ISSET(pp[0], &r) && !FD_ISSET(pp[1], &r));
	struct timeval tv = { 1, 0 };
	/* the file both ways, the pipe's write end; nothing exceptional */
	CHECK(select(max, &r, &w, &x, &tv) == 3);
	CHECK(FD_ISSET(fd, &r) && !FD_ISSET(pp[0], &r));
	CHECK(FD_ISSET(fd, &w) && FD_ISSET(pp[1], &w));
	CHECK(!FD_ISSET(fd, &x));
	/* descriptors at or above nfds are not looked at */
	FD_ZERO(&r);
	FD_SET(fd, &r);
	CHECK(select(fd, &r, 0, 0, &tv) == 0 && !FD_ISSET(fd, &r));
	/* data makes the pipe readable */
	CHECK(write(pp[1], "y", 1) == 1);
	FD_ZERO(&r);
	FD_SET(pp[0], &r);
	CHECK(select(max, &r, 0, 0, 0) == 1 && FD_ISSET(pp[0], &r));
	/* a timeout with nothing ready */
	char c;
	CHECK(read(pp[0], &c, 1) == 1);
	FD_SET(pp[0], &r);
	tv = (struct timeval){ 0, 20000 };
	CHECK(select(max, &r, 0, 0, &tv) == 0 && !FD_ISSET(pp[0], &r));
	/* as a sleep */
	tv = (struct timeval){ 0, 10000 };
	CHECK(select(0, 0, 0, 0, &tv) == 0);
	/* FD_CLR */
	FD_SET(pp[0], &r);
	FD_SET(fd, &r);
	FD_CLR(pp[0], &r);
	CHECK(!FD_ISSET(pp[0], &r) && FD_ISSET(fd, &r));
	/* errors leave the sets alone */
	FD_ZERO(&r);
	FD_SET(42, &r);
	errno = 0;
	CHECK(select(43, &r, 0, 0, 0) == -1 && errno == EBADF && FD_ISSET(42, &r));
	errno = 0;
	CHECK(select(-1, 0, 0, 0, 0) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(select(FD_SETSIZE + 1, 0, 0, 0, 0) == -1 && errno == EINVAL);
	tv = (struct timeval){ 0, 1000000 };
	errno = 0;
	CHECK(select(0, 0, 0, 0, &tv) == -1 && errno == EINVAL);
	/* pselect */
	struct timespec ts = { 0, 10000000 };
	FD_ZERO(&w);
	FD_SET(fd, &w);
	CHECK(pselect(fd + 1, 0, &w, 0, &ts, 0) == 1 && FD_ISSET(fd, &w));
	ts.tv_nsec = -1;
	errno = 0;
	CHECK(pselect(0, 0, 0, 0, &ts, 0) == -1 && errno == EINVAL);
	close(fd);
	close(pp[0]);
	close(pp[1]);
	return check_result();
}
