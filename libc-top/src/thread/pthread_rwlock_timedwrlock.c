#include "pthread_impl.h"

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict abs)
{
	return __rwlock_wrlock(rw, abs);
}
