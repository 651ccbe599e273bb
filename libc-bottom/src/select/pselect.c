#include <errno.h>
#include <sys/select.h>
#include "select_impl.h"

/* No signal can arrive during the wait: the mask changes nothing. */
int pselect(int nfds, fd_set *restrict r, fd_set *restrict w, fd_set *restrict x,
            const struct timespec *restrict ts, const sigset_t *restrict mask)
{
	if (ts && (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000)) {
		errno = EINVAL;
		return -1;
	}
	long long t = -1;
	if (ts)
		t = ts->tv_sec > 9000000000LL ? 9000000000LL * 1000000000 : ts->tv_sec * 1000000000 + ts->tv_nsec;
	return __select(nfds, r, w, x, t);
}
