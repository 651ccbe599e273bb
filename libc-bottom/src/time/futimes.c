#include <sys/stat.h>
#include "timeval_impl.h"

int futimes(int fd, const struct timeval tv[2])
{
	struct timespec ts[2], *t = __timeval_pair(tv, ts);
	if (t == (struct timespec *)-1)
		return -1;
	return futimens(fd, t);
}
