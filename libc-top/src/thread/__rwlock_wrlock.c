#include <errno.h>
#include "pthread_impl.h"

/* A writer sleeps while anyone holds the lock. Holding the write lock
   already is EDEADLK at once. Held for reading, the sleep lasts until the
   deadline, or is EDEADLK without one when no other thread exists to
   release the read locks, which are then the caller's own. */
int __rwlock_wrlock(pthread_rwlock_t *rw, const struct timespec *abs)
{
	int self = __thread_self()->tid;
	for (;;) {
		int s = a_load(&rw->__state);
		if (!s) {
			if (!a_cas(&rw->__state, 0, RWLOCK_WRITE)) {
				a_store(&rw->__writer, self);
				return 0;
			}
			continue;
		}
		if (s == RWLOCK_WRITE && a_load(&rw->__writer) == self)
			return EDEADLK;
		a_fetch_add(&rw->__waiters, 1);
		int r = __timedwait(&rw->__state, s, CLOCK_REALTIME, abs);
		a_fetch_add(&rw->__waiters, -1);
		if (r)
			return r;
	}
}
