#include <sys/uio.h>
#include <unistd.h>

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	return pwritev(fd, &(struct iovec){ (void *)buf, n }, 1, off);
}
