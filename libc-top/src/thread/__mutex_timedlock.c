#include <errno.h>
#include "pthread_impl.h"

/* An error-checking mutex the caller holds is EDEADLK at once. A normal
   one relocked by its owner deadlocks, as POSIX requires: the caller sleeps
   until the deadline if there is one; with no deadline, and no other thread
   that could ever unlock it, the sleep reports EDEADLK instead of lasting
   forever. */
int __mutex_timedlock(struct __mutex *m, const struct timespec *abs)
{
	int r = __mutex_trylock(m);
	if (r != EBUSY)
		return r;
	int self = __thread_self()->tid;
	if ((m->__attr & MUTEX_TYPE) == PTHREAD_MUTEX_ERRORCHECK
	    && (a_load(&m->__lock) & ~MUTEX_WAITERS) == self)
		return EDEADLK;
	for (;;) {
		int v = a_load(&m->__lock);
		if (!v) {
			/* Other sleepers may remain: keep the waiters bit. */
			if (!a_cas(&m->__lock, 0, self | MUTEX_WAITERS))
				return 0;
			continue;
		}
		if (!(v & MUTEX_WAITERS) && a_cas(&m->__lock, v, v | MUTEX_WAITERS) != v)
			continue;
		r = __timedwait(&m->__lock, v | MUTEX_WAITERS, CLOCK_REALTIME, abs);
		if (r)
			return r;
	}
}
