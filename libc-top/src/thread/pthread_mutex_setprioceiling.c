#include <errno.h>
#include "pthread_impl.h"

/* POSIX: the change is made holding the mutex, locked here unless the
   caller holds it already; that locking ignores the ceiling. */
int pthread_mutex_setprioceiling(pthread_mutex_t *restrict m, int ceiling, int *restrict old)
{
	if (!prio_valid(SCHED_FIFO, ceiling))
		return EINVAL;
	struct __mutex *mx = &m->__m;
	int held = (a_load(&mx->__lock) & ~MUTEX_WAITERS) == __thread_self()->tid;
	if (!held) {
		int r = __mutex_timedlock(mx, 0);
		if (r)
			return r;
	}
	*old = PRIO_MIN + (int)((mx->__attr & MUTEX_CEILING) >> MUTEX_CEILING_SHIFT);
	mx->__attr = (mx->__attr & ~MUTEX_CEILING) | (unsigned)(ceiling - PRIO_MIN) << MUTEX_CEILING_SHIFT;
	if (!held)
		__mutex_unlock(mx);
	return 0;
}
