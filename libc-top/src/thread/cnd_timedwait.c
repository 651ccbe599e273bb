#include <errno.h>
#include <threads.h>
#include "pthread_impl.h"

/* The deadline is on TIME_UTC, that is CLOCK_REALTIME, the clock of a
   default condition variable. */
int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict abs)
{
	int r = __cond_timedwait(&c->__c, &m->__m, abs);
	if (r == ETIMEDOUT)
		return thrd_timedout;
	return r ? thrd_error : thrd_success;
}
