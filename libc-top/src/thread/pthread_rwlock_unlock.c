#include <errno.h>
#include <limits.h>
#include "pthread_impl.h"

/* Releases the write lock, which must be the caller's, or one read lock.
   Unlocking a lock nobody holds is undefined (POSIX); it is EPERM here,
   as it is for a write lock held by another thread. */
int pthread_rwlock_unlock(pthread_rwlock_t *rw)
{
	for (;;) {
		int s = a_load(&rw->__state);
		if (!s)
			return EPERM;
		if (s == RWLOCK_WRITE) {
			if (a_load(&rw->__writer) != __thread_self()->tid)
				return EPERM;
			a_store(&rw->__writer, 0);
		}
		int next = s == RWLOCK_WRITE ? 0 : s - 1;
		if (a_cas(&rw->__state, s, next) != s)
			continue;
		if (!next && a_load(&rw->__waiters))
			__thread_wake(&rw->__state, INT_MAX);
		return 0;
	}
}
