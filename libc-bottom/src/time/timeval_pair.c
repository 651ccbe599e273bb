#include <errno.h>
#include "timeval_impl.h"

hidden struct timespec *__timeval_pair(const struct timeval *tv, struct timespec ts[2])
{
	if (!tv)
		return 0;
	for (int i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) {
			errno = EINVAL;
			return (struct timespec *)-1;
		}
		ts[i] = (struct timespec){ tv[i].tv_sec, (long)tv[i].tv_usec * 1000 };
	}
	return ts;
}
