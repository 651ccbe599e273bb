//! hosts: wasi-run wasmtime
/* The access mode is enforced by the host through the rights a descriptor
   gets. Not on node: node:wasi lets an O_RDONLY descriptor write. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char c;
	int fd = open("/tmp/m", O_WRONLY | O_CREAT, 0644);
	CHECK(fd >= 0 && write(fd, "m", 1) == 1);
	errno = 0;
	CHECK(read(fd, &c, 1) == -1 && errno == EBADF);
	close(fd);
	fd = open("/tmp/m", O_RDONLY);
	errno = 0;
	CHECK(write(fd, "m", 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(ftruncate(fd, 0) == -1 && (errno == EBADF || errno == EINVAL));
	CHECK(fsync(fd) == 0);
	CHECK(fdatasync(fd) == 0);
	close(fd);
	/* a directory cannot be opened for writing */
	errno = 0;
	CHECK(open("/tmp", O_WRONLY) == -1 && errno == EISDIR);
	errno = 0;
	CHECK(open("/tmp", O_RDWR) == -1 && errno == EISDIR);
	return check_result();
}
