#include <errno.h>
#include <sys/select.h>
#include "select_impl.h"

int select(int nfds, fd_set *restrict r, fd_set *restrict w, fd_set *restrict x,
           struct timeval *restrict tv)
{
	if (tv && (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000)) {
		errno = EINVAL;
		return -1;
	}
	long long t = -1;
	if (tv)
		t = tv->tv_sec > 9000000000LL ? 9000000000LL * 1000000000
		    : tv->tv_sec * 1000000000 + tv->tv_usec * 1000;
	return __select(nfds, r, w, x, t);
}
