/* The sockets WASI preview1 has: a listening socket the host preopened,
   the connections accepted on it, recv/send/shutdown on them.

   Run by tests/c/socket/tcp.py, which starts this program under wasi-run
   with a socket preopened (--tcplisten) and connects to it; in the
   default test run, where no host socket exists, there is nothing to
   accept and the program checks only that. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* The first descriptor that is a socket, or -1. */
static int listener(void)
{
	for (int fd = 3; fd < 64; fd++) {
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode))
			return fd;
	}
	return -1;
}

int main(void)
{
	int l = listener();
	if (l < 0)
		return check_result();
	int v;
	socklen_t vl = sizeof v;
	CHECK(getsockopt(l, SOL_SOCKET, SO_TYPE, &v, &vl) == 0 && v == SOCK_STREAM);
	/* what a preopened socket cannot do */
	errno = 0;
	CHECK(listen(l, 5) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(bind(l, 0, 0) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(connect(l, 0, 0) == -1 && errno == EOPNOTSUPP);
	/* a non-blocking listener with no one connecting */
	CHECK(fcntl(l, F_SETFL, O_NONBLOCK) == 0);
	errno = 0;
	CHECK(accept(l, 0, 0) == -1 && errno == EAGAIN);
	CHECK(fcntl(l, F_SETFL, 0) == 0);
	/* the driver connects now: poll sees it, accept takes it */
	write(1, "ready\n", 6);
	struct pollfd p = { l, POLLIN, 0 };
	CHECK(poll(&p, 1, 10000) == 1 && (p.revents & POLLIN));
	struct sockaddr_storage ss;
	socklen_t sl = sizeof ss;
	int c = accept4(l, (struct sockaddr *)&ss, &sl, SOCK_CLOEXEC);
	CHECK(c >= 0 && sl == 0 && fcntl(c, F_GETFD) == FD_CLOEXEC);
	/* the driver sends "hello", then waits for "HELLO" */
	char buf[64];
	size_t got = 0;
	while (got < 5) {
		ssize_t r = recv(c, buf + got, sizeof buf - got, 0);
		CHECK(r > 0);
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	CHECK(got == 5 && !memcmp(buf, "hello", 5));
	for (int i = 0; i < 5; i++)
		buf[i] = (char)(buf[i] - 32);
	CHECK(send(c, buf, 5, 0) == 5);
	/* then "peek!": seen twice with MSG_PEEK (the sender's address
	   unknown), once without */
	sl = sizeof ss;
	CHECK(recvfrom(c, buf, 5, MSG_PEEK | MSG_WAITALL, (struct sockaddr *)&ss, &sl) == 5 && sl == 0);
	CHECK(recv(c, buf, 5, MSG_PEEK | MSG_WAITALL) == 5 && !memcmp(buf, "peek!", 5));
	int n = 0;
	CHECK(ioctl(c, FIONREAD, &n) == 0 && n >= 5);
	CHECK(recv(c, buf, 5, MSG_WAITALL) == 5 && !memcmp(buf, "peek!", 5));
	errno = 0;
	CHECK(recv(c, buf, 1, MSG_DONTWAIT) == -1 && errno == EAGAIN);
	CHECK(fcntl(c, F_SETFL, O_NONBLOCK) == 0);
	errno = 0;
	CHECK(recv(c, buf, 1, 0) == -1 && errno == EAGAIN);
	CHECK(fcntl(c, F_SETFL, 0) == 0);
	/* read and write work on a socket too */
	CHECK(write(c, "bye", 3) == 3);
	errno = 0;
	CHECK(getsockname(c, (struct sockaddr *)&ss, &sl) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(setsockopt(c, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof v) == -1 && errno == ENOPROTOOPT);
	CHECK(shutdown(c, SHUT_WR) == 0);
	/* the driver closes: end of file */
	CHECK(recv(c, buf, sizeof buf, 0) == 0);
	CHECK(close(c) == 0);
	return check_result();
}
