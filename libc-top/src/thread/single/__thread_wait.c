#include <errno.h>
#include "pthread_impl.h"

/* Only the caller runs, so the word cannot change while it sleeps. With a
   deadline, the sleep lasts until it and ends in ETIMEDOUT; without one it
   would never end, and EDEADLK is what a deadlock detector would report. */
int __thread_wait(int *word, int expected, clockid_t clk, const struct timespec *abs)
{
	if (a_load(word) != expected)
		return 0;
	if (!abs)
		return EDEADLK;
	int r;
	while ((r = clock_nanosleep(clk, TIMER_ABSTIME, abs, 0)) == EINTR)
		;
	return r ? r : ETIMEDOUT;
}
