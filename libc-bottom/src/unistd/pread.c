#include <sys/uio.h>
#include <unistd.h>

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	return preadv(fd, &(struct iovec){ buf, n }, 1, off);
}
