#include <errno.h>
#include "pthread_impl.h"

int pthread_barrier_destroy(pthread_barrier_t *b)
{
	return a_load(&b->__arrived) ? EBUSY : 0;
}
