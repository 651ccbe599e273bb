#include <errno.h>
#include "pthread_impl.h"

/* A count above 1 is accepted, though only one thread exists to wait:
   code that sets up a barrier for its workers before starting them gets
   its error from pthread_create, where it expects one. */
int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict a, unsigned count)
{
	if (!count || count > INT_MAX)
		return EINVAL;
	*b = (pthread_barrier_t){ .__limit = count, .__attr = a ? a->__attr : 0 };
	return 0;
}
