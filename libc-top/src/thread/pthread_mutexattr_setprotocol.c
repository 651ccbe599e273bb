#include <errno.h>
#include "pthread_impl.h"

/* All three protocols are accepted. With one thread no priority can be
   inverted, so inheritance has nothing to do; the ceiling of
   PTHREAD_PRIO_PROTECT is checked when such a mutex is locked. */
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *a, int protocol)
{
	if (protocol != PTHREAD_PRIO_NONE && protocol != PTHREAD_PRIO_INHERIT
	    && protocol != PTHREAD_PRIO_PROTECT)
		return EINVAL;
	a->__attr = (a->__attr & ~MUTEX_PROTOCOL) | (unsigned)protocol << MUTEX_PROTOCOL_SHIFT;
	return 0;
}
