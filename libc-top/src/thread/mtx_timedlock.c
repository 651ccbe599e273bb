#include <errno.h>
#include <threads.h>
#include "pthread_impl.h"

/* The deadline is on TIME_UTC, that is CLOCK_REALTIME. */
int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict abs)
{
	int r = __mutex_timedlock(&m->__m, abs);
	if (r == ETIMEDOUT)
		return thrd_timedout;
	return r ? thrd_error : thrd_success;
}
