/* socketpair (inside the process) with the socket calls. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int s[2];
	char buf[64];
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
	/* both directions */
	CHECK(send(s[0], "ping", 4, 0) == 4);
	CHECK(recv(s[1], buf, sizeof buf, MSG_PEEK) == 4 && !memcmp(buf, "ping", 4));
	CHECK(recv(s[1], buf, sizeof buf, 0) == 4 && !memcmp(buf, "ping", 4));
	CHECK(write(s[1], "pong", 4) == 4 && read(s[0], buf, 4) == 4 && !memcmp(buf, "pong", 4));
	errno = 0;
	CHECK(recv(s[0], buf, 1, MSG_DONTWAIT) == -1 && errno == EAGAIN);
	errno = 0;
	CHECK(recv(s[0], buf, 1, 0) == -1 && errno == EDEADLK);
	/* recvfrom, recvmsg, sendto, sendmsg */
	CHECK(sendto(s[0], "abc", 3, 0, 0, 0) == 3);
	struct sockaddr_un from;
	socklen_t flen = sizeof from;
	CHECK(recvfrom(s[1], buf, 2, 0, (struct sockaddr *)&from, &flen) == 2);
	CHECK(flen == sizeof(sa_family_t) && from.sun_family == AF_UNIX);
	struct iovec iov = { buf, sizeof buf };
	struct msghdr m = { 0, 0, &iov, 1, 0, 0, 0 };
	CHECK(recvmsg(s[1], &m, 0) == 1 && buf[0] == 'c' && m.msg_flags == 0);
	struct iovec out[2] = { { "12", 2 }, { "345", 3 } };
	struct msghdr sm = { 0, 0, out, 2, 0, 0, 0 };
	CHECK(sendmsg(s[1], &sm, 0) == 5 && recv(s[0], buf, sizeof buf, MSG_WAITALL) == 5);
	CHECK(!memcmp(buf, "12345", 5));
	/* options and names */
	int v;
	socklen_t vl = sizeof v;
	CHECK(getsockopt(s[0], SOL_SOCKET, SO_TYPE, &v, &vl) == 0 && v == SOCK_STREAM && vl == sizeof v);
	CHECK(getsockopt(s[0], SOL_SOCKET, SO_ERROR, &v, &vl) == 0 && v == 0);
	CHECK(getsockopt(s[0], SOL_SOCKET, SO_DOMAIN, &v, &vl) == 0 && v == AF_UNIX);
	errno = 0;
	CHECK(getsockopt(s[0], SOL_SOCKET, SO_RCVBUF, &v, &vl) == -1 && errno == ENOPROTOOPT);
	vl = 1;
	errno = 0;
	CHECK(getsockopt(s[0], SOL_SOCKET, SO_TYPE, &v, &vl) == -1 && errno == EINVAL);
	v = 1;
	errno = 0;
	CHECK(setsockopt(s[0], SOL_SOCKET, SO_KEEPALIVE, &v, sizeof v) == -1 && errno == ENOPROTOOPT);
	struct sockaddr_un name;
	socklen_t nl = sizeof name;
	CHECK(getsockname(s[0], (struct sockaddr *)&name, &nl) == 0 && name.sun_family == AF_UNIX);
	nl = sizeof name;
	CHECK(getpeername(s[0], (struct sockaddr *)&name, &nl) == 0 && nl == sizeof(sa_family_t));
	CHECK(sockatmark(s[0]) == 0);
	struct stat st;
	CHECK(fstat(s[0], &st) == 0 && S_ISSOCK(st.st_mode));
	/* a connected socket: no connect, bind, listen or accept */
	errno = 0;
	CHECK(connect(s[0], (struct sockaddr *)&name, sizeof name) == -1 && errno == EISCONN);
	errno = 0;
	CHECK(bind(s[0], (struct sockaddr *)&name, sizeof name) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(listen(s[0], 5) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(accept(s[0], 0, 0) == -1 && errno == EINVAL);
	/* flags no stream socket here has */
	errno = 0;
	CHECK(recv(s[0], buf, 1, MSG_OOB) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(send(s[0], buf, 1, MSG_OOB) == -1 && errno == EOPNOTSUPP);
	errno = 0;
	CHECK(send(s[0], buf, 1, MSG_EOR) == -1 && errno == EOPNOTSUPP);
	char control[CMSG_SPACE(sizeof(int))];
	struct msghdr cm = { 0, 0, out, 1, control, sizeof control, 0 };
	errno = 0;
	CHECK(sendmsg(s[0], &cm, 0) == -1 && errno == EOPNOTSUPP);
	CHECK(send(s[0], "n", 1, MSG_NOSIGNAL) == 1 && recv(s[1], buf, 1, 0) == 1);
	/* poll */
	struct pollfd p[2] = { { s[0], POLLIN | POLLOUT, 0 }, { s[1], POLLIN, 0 } };
	CHECK(poll(p, 2, 0) == 1 && p[0].revents == POLLOUT && p[1].revents == 0);
	CHECK(send(s[0], "x", 1, 0) == 1);
	CHECK(poll(p, 2, 0) == 2 && p[1].revents == POLLIN);
	CHECK(recv(s[1], buf, 1, 0) == 1);
	/* shutdown: the peer reads end of file; writing after is EPIPE */
	CHECK(shutdown(s[0], SHUT_WR) == 0);
	CHECK(recv(s[1], buf, 1, 0) == 0);
	errno = 0;
	CHECK(send(s[0], "x", 1, 0) == -1 && errno == EPIPE);
	CHECK(send(s[1], "back", 4, 0) == 4 && recv(s[0], buf, 4, 0) == 4);
	errno = 0;
	CHECK(shutdown(s[0], 99) == -1 && errno == EINVAL);
	CHECK(shutdown(s[1], SHUT_RDWR) == 0);
	errno = 0;
	CHECK(send(s[0], "x", 1, 0) == -1 && errno == EPIPE);
	close(s[0]);
	close(s[1]);
	/* flags, and what socketpair refuses */
	CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, s) == 0);
	CHECK((fcntl(s[0], F_GETFL) & O_NONBLOCK) && fcntl(s[0], F_GETFD) == FD_CLOEXEC);
	errno = 0;
	CHECK(read(s[0], buf, 1) == -1 && errno == EAGAIN);
	close(s[0]);
	close(s[1]);
	errno = 0;
	CHECK(socketpair(AF_INET, SOCK_STREAM, 0, s) == -1 && errno == EAFNOSUPPORT);
	errno = 0;
	CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, s) == -1 && errno == EPROTOTYPE);
	errno = 0;
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 6, s) == -1 && errno == EPROTONOSUPPORT);
	return check_result();
}
