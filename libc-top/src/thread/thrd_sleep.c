#include <errno.h>
#include <threads.h>
#include <time.h>

/* C11 7.26.5.7: 0 after the full duration, -1 if a signal interrupted
   the sleep, another negative value on failure. */
int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
	if (!nanosleep(duration, remaining))
		return 0;
	return errno == EINTR ? -1 : -2;
}
