#include <errno.h>
#include "pthread_impl.h"

int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
	return a_load(&rw->__state) ? EBUSY : 0;
}
