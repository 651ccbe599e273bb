#include <errno.h>
#include "pthread_impl.h"

/* Read locks are counted, so a thread may hold several. While a writer
   holds the lock, a reader sleeps; the writer being the caller itself is
   EDEADLK at once (POSIX allows it, and the sleep could never end). */
int __rwlock_rdlock(pthread_rwlock_t *rw, const struct timespec *abs)
{
	for (;;) {
		int s = a_load(&rw->__state);
		if (s >= 0 && s < RWLOCK_MAX_READERS) {
			if (a_cas(&rw->__state, s, s + 1) == s)
				return 0;
			continue;
		}
		if (s == RWLOCK_MAX_READERS)
			return EAGAIN;
		if (a_load(&rw->__writer) == __thread_self()->tid)
			return EDEADLK;
		a_fetch_add(&rw->__waiters, 1);
		int r = __timedwait(&rw->__state, s, CLOCK_REALTIME, abs);
		a_fetch_add(&rw->__waiters, -1);
		if (r)
			return r;
	}
}
