#include <errno.h>
#include "pthread_impl.h"

/* POSIX: the ceiling is within the priority range of SCHED_FIFO. */
int pthread_mutexattr_setprioceiling(pthread_mutexattr_t *a, int ceiling)
{
	if (!prio_valid(SCHED_FIFO, ceiling))
		return EINVAL;
	a->__attr = (a->__attr & ~MUTEX_CEILING) | (unsigned)(ceiling - PRIO_MIN) << MUTEX_CEILING_SHIFT;
	return 0;
}
