//! hosts: wasi-run wasmtime
/* Status flags read back through F_GETFL. Not on node: node:wasi's
   fd_fdstat_get reports fs_flags it was never given. */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/s", O_RDWR | O_CREAT | O_APPEND, 0644);
	CHECK(fd >= 0);
	CHECK(fcntl(fd, F_GETFL) == (O_RDWR | O_APPEND));
	CHECK(fcntl(fd, F_SETFL, O_NONBLOCK) == 0);
	CHECK(fcntl(fd, F_GETFL) == (O_RDWR | O_NONBLOCK));
	int off = 0;
	CHECK(ioctl(fd, FIONBIO, &off) == 0);
	CHECK(fcntl(fd, F_GETFL) == O_RDWR);
	int on = 1;
	CHECK(ioctl(fd, FIONBIO, &on) == 0);
	CHECK(fcntl(fd, F_GETFL) == (O_RDWR | O_NONBLOCK));
	/* the access mode bits of F_SETFL are ignored */
	CHECK(fcntl(fd, F_SETFL, O_RDONLY) == 0);
	CHECK(fcntl(fd, F_GETFL) == O_RDWR);
	int dup = fcntl(fd, F_DUPFD, 0);
	CHECK(fcntl(dup, F_SETFL, O_APPEND) == 0);
	CHECK(fcntl(fd, F_GETFL) == (O_RDWR | O_APPEND));
	close(dup);
	close(fd);
	return check_result();
}
