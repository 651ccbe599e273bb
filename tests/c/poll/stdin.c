//! stdin: some input
/* poll and select on standard input with data waiting, and FIONREAD. */
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct pollfd p = { 0, POLLIN, 0 };
	CHECK(poll(&p, 1, 5000) == 1 && (p.revents & POLLIN));
	fd_set r;
	FD_ZERO(&r);
	FD_SET(0, &r);
	struct timeval tv = { 5, 0 };
	CHECK(select(1, &r, 0, 0, &tv) == 1 && FD_ISSET(0, &r));
	int n = -1;
	CHECK(ioctl(0, FIONREAD, &n) == 0 && n >= 0 && n <= 11);
	char buf[32] = { 0 };
	size_t got = 0;
	ssize_t k;
	while ((k = read(0, buf + got, sizeof buf - 1 - got)) > 0)
		got += (size_t)k;
	CHECK(k == 0 && !strcmp(buf, "some input\n"));
	/* at the end, still readable (end of file) */
	CHECK(poll(&p, 1, 5000) == 1 && (p.revents & (POLLIN | POLLHUP)));
	return check_result();
}
