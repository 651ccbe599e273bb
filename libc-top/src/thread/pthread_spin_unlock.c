#include <errno.h>
#include "pthread_impl.h"

/* Unlocking a lock the caller does not hold is undefined (POSIX); it is
   EPERM here. */
int pthread_spin_unlock(pthread_spinlock_t *s)
{
	if (a_load(s) != __thread_self()->tid)
		return EPERM;
	a_store(s, 0);
	return 0;
}
