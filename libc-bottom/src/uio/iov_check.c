#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include "io_impl.h"

/* POSIX: EINVAL when iovcnt is not in 1..IOV_MAX or the lengths add up to
   more than SSIZE_MAX. */
hidden int __iov_check(const struct iovec *iov, int n)
{
	if (n <= 0 || n > IOV_MAX) {
		errno = EINVAL;
		return -1;
	}
	size_t total = 0;
	for (int i = 0; i < n; i++) {
		if (iov[i].iov_len > (size_t)SSIZE_MAX - total) {
			errno = EINVAL;
			return -1;
		}
		total += iov[i].iov_len;
	}
	return 0;
}
