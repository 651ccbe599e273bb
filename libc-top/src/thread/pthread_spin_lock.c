#include <errno.h>
#include <sched.h>
#include "pthread_impl.h"

/* The lock holds its owner's tid, so that spinning on a lock the caller
   holds, which could never end, is EDEADLK (POSIX allows it). */
int pthread_spin_lock(pthread_spinlock_t *s)
{
	int self = __thread_self()->tid;
	for (;;) {
		int owner = a_cas(s, 0, self);
		if (!owner)
			return 0;
		if (owner == self)
			return EDEADLK;
		sched_yield();
	}
}
