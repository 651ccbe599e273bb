#include <errno.h>
#include "pthread_impl.h"

int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict abs)
{
	if (mutex_above_ceiling(&m->__m, __thread_self()))
		return EINVAL;
	return __mutex_timedlock(&m->__m, abs);
}
