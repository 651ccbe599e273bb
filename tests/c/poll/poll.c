/* poll and ppoll over files, standard streams and pipes, with timeouts. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static long long now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

int main(void)
{
	/* regular files are always ready */
	int fd = open("/tmp/p", O_RDWR | O_CREAT, 0644);
	struct pollfd p[4] = { { fd, POLLIN | POLLOUT, 0 } };
	CHECK(poll(p, 1, -1) == 1 && (p[0].revents & POLLIN) && (p[0].revents & POLLOUT));
	CHECK(poll(p, 1, 0) == 1);
	/* no out-of-band data exists: POLLPRI never comes */
	p[0] = (struct pollfd){ fd, POLLIN | POLLPRI | POLLRDBAND, 0 };
	CHECK(poll(p, 1, 0) == 1 && p[0].revents == POLLIN);
	/* standard output can be written */
	p[0] = (struct pollfd){ 1, POLLOUT, 0 };
	CHECK(poll(p, 1, 1000) == 1 && p[0].revents == POLLOUT);
	/* negative descriptors are ignored; a bad one is POLLNVAL */
	p[0] = (struct pollfd){ -1, POLLIN, 7 };
	p[1] = (struct pollfd){ 99, POLLIN, 0 };
	p[2] = (struct pollfd){ fd, POLLOUT, 0 };
	CHECK(poll(p, 3, 0) == 2);
	CHECK(p[0].revents == 0 && p[1].revents == POLLNVAL && p[2].revents == POLLOUT);
	p[0] = (struct pollfd){ 99, 0, 0 };
	CHECK(poll(p, 1, 0) == 1 && p[0].revents == POLLNVAL);
	/* nothing to wait for but the time */
	long long t0 = now();
	CHECK(poll(0, 0, 30) == 0);
	CHECK(now() - t0 >= 30000000);
	/* pipes: readable once written, hang-up once the writer is gone */
	int pp[2];
	CHECK(pipe(pp) == 0);
	p[0] = (struct pollfd){ pp[0], POLLIN, 0 };
	p[1] = (struct pollfd){ pp[1], POLLOUT, 0 };
	CHECK(poll(p, 2, 0) == 1 && p[0].revents == 0 && p[1].revents == POLLOUT);
	t0 = now();
	CHECK(poll(p, 1, 20) == 0 && now() - t0 >= 20000000);
	CHECK(write(pp[1], "x", 1) == 1);
	CHECK(poll(p, 2, -1) == 2 && p[0].revents == POLLIN && p[1].revents == POLLOUT);
	/* a ready pipe makes the host descriptors be polled without waiting */
	p[2] = (struct pollfd){ fd, POLLIN, 0 };
	CHECK(poll(p, 3, -1) == 3);
	/* only a pipe no one will write: waiting would be forever */
	char c;
	CHECK(read(pp[0], &c, 1) == 1);
	errno = 0;
	CHECK(poll(p, 1, -1) == -1 && errno == EDEADLK);
	close(pp[1]);
	CHECK(poll(p, 1, -1) == 1 && (p[0].revents & POLLHUP));
	close(pp[0]);
	CHECK(pipe(pp) == 0);
	close(pp[0]);
	p[0] = (struct pollfd){ pp[1], POLLOUT, 0 };
	CHECK(poll(p, 1, 0) == 1 && (p[0].revents & POLLERR));
	close(pp[1]);
	/* ppoll: a timespec, and a mask that changes nothing */
	struct timespec ts = { 0, 20000000 };
	t0 = now();
	CHECK(ppoll(0, 0, &ts, 0) == 0 && now() - t0 >= 20000000);
	p[0] = (struct pollfd){ fd, POLLIN, 0 };
	CHECK(ppoll(p, 1, 0, 0) == 1);
	ts.tv_nsec = 1000000000;
	errno = 0;
	CHECK(ppoll(p, 1, &ts, 0) == -1 && errno == EINVAL);
	close(fd);
	return check_result();
}
