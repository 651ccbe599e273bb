#include <errno.h>
#include "pthread_impl.h"

/* Takes a free mutex, or counts one more level of a recursive mutex the
   caller holds; a mutex held otherwise is EBUSY, whatever its type. */
int __mutex_trylock(struct __mutex *m)
{
	int self = __thread_self()->tid;
	int old = a_cas(&m->__lock, 0, self);
	if (!old)
		return 0;
	if ((old & ~MUTEX_WAITERS) == self && (m->__attr & MUTEX_TYPE) == PTHREAD_MUTEX_RECURSIVE) {
		if (m->__count == INT_MAX)
			return EAGAIN;
		m->__count++;
		return 0;
	}
	return EBUSY;
}
