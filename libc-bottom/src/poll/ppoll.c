#include <errno.h>
#include <poll.h>
#include "poll_impl.h"

/* No signal can arrive during the wait: the mask changes nothing. */
int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *ts, const sigset_t *mask)
{
	if (ts && (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000)) {
		errno = EINVAL;
		return -1;
	}
	long long t = -1;
	if (ts)
		t = ts->tv_sec > 9000000000LL ? 9000000000LL * 1000000000 : ts->tv_sec * 1000000000 + ts->tv_nsec;
	return __poll(fds, n, t);
}
