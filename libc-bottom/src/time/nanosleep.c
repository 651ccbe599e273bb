#include <errno.h>
#include <time.h>

/* On the monotonic clock, so that setting the time of day does not
   change the wait (as POSIX asks). */
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	int e = clock_nanosleep(CLOCK_MONOTONIC, 0, req, rem);
	if (e) {
		errno = e;
		return -1;
	}
	return 0;
}
