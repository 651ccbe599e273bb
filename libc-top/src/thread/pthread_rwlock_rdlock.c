#include "pthread_impl.h"

int pthread_rwlock_rdlock(pthread_rwlock_t *rw)
{
	return __rwlock_rdlock(rw, 0);
}
