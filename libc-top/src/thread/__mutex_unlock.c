#include <errno.h>
#include "pthread_impl.h"

/* POSIX requires EPERM when the caller does not hold an error-checking,
   recursive or robust mutex, and leaves it undefined for a normal one; it
   is EPERM for every type here. */
int __mutex_unlock(struct __mutex *m)
{
	int self = __thread_self()->tid;
	if ((a_load(&m->__lock) & ~MUTEX_WAITERS) != self)
		return EPERM;
	if (m->__count) {
		m->__count--;
		return 0;
	}
	if (a_swap(&m->__lock, 0) & MUTEX_WAITERS)
		__thread_wake(&m->__lock, 1);
	return 0;
}
