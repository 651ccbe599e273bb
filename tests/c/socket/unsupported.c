/* What WASI preview1 cannot do with sockets fails as POSIX allows, and
   the socket calls on things that are not sockets say ENOTSOCK. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int families[] = { AF_INET, AF_INET6, AF_UNIX, AF_UNSPEC, 1234 };
	for (int i = 0; i < 5; i++) {
		errno = 0;
		CHECK(socket(families[i], SOCK_STREAM, 0) == -1 && errno == EAFNOSUPPORT);
		errno = 0;
		CHECK(socket(families[i], SOCK_DGRAM, 0) == -1 && errno == EAFNOSUPPORT);
	}
	/* every socket call on a file, a pipe and a closed number */
	int fd = open("/tmp/f", O_RDWR | O_CREAT, 0644);
	int p[2];
	CHECK(pipe(p) == 0);
	int bad[3] = { fd, p[0], 99 }, want[3] = { ENOTSOCK, ENOTSOCK, EBADF };
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(80) };
	socklen_t len = sizeof sin;
	char buf[4];
	int v = 1;
	for (int i = 0; i < 3; i++) {
		int s = bad[i], e = want[i];
		errno = 0;
		CHECK(accept(s, 0, 0) == -1 && errno == e);
		errno = 0;
		CHECK(accept4(s, 0, 0, SOCK_NONBLOCK) == -1 && errno == e);
		errno = 0;
		CHECK(bind(s, (struct sockaddr *)&sin, sizeof sin) == -1 && errno == e);
		errno = 0;
		CHECK(connect(s, (struct sockaddr *)&sin, sizeof sin) == -1 && errno == e);
		errno = 0;
		CHECK(listen(s, 1) == -1 && errno == e);
		errno = 0;
		CHECK(recv(s, buf, 1, 0) == -1 && errno == e);
		errno = 0;
		CHECK(send(s, "x", 1, 0) == -1 && errno == e);
		errno = 0;
		CHECK(recvfrom(s, buf, 1, 0, 0, 0) == -1 && errno == e);
		errno = 0;
		CHECK(sendto(s, "x", 1, 0, (struct sockaddr *)&sin, sizeof sin) == -1 && errno == e);
		errno = 0;
		CHECK(shutdown(s, SHUT_RDWR) == -1 && errno == e);
		errno = 0;
		CHECK(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len) == -1 && errno == e);
		errno = 0;
		CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v) == -1 && errno == e);
		errno = 0;
		CHECK(getsockname(s, (struct sockaddr *)&sin, &len) == -1 && errno == e);
		errno = 0;
		CHECK(getpeername(s, (struct sockaddr *)&sin, &len) == -1 && errno == e);
		errno = 0;
		CHECK(sockatmark(s) == -1 && errno == e);
	}
	errno = 0;
	CHECK(accept4(fd, 0, 0, 0x1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(shutdown(fd, 7) == -1 && errno == EINVAL);
	return check_result();
}
