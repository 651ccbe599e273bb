#include <errno.h>
#include "pthread_impl.h"

/* POSIX: a deadline whose nanoseconds are outside [0, 1e9) is EINVAL, but
   only when the caller would otherwise sleep, so it is checked here. */
int __timedwait(int *word, int expected, clockid_t clk, const struct timespec *abs)
{
	if (abs && (abs->tv_nsec < 0 || abs->tv_nsec >= 1000000000L))
		return EINVAL;
	return __thread_wait(word, expected, clk, abs);
}
