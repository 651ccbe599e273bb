#include <errno.h>
#include "pthread_impl.h"

/* A priority valid under the old policy may not be under the new one; as
   on Linux, the priority is checked when it is set, not here. */
int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy)
{
	if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR)
		return EINVAL;
	a->__policy = policy;
	return 0;
}
