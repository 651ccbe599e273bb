#include "pthread_impl.h"

int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t *restrict a, int *restrict ceiling)
{
	*ceiling = PRIO_MIN + (int)((a->__attr & MUTEX_CEILING) >> MUTEX_CEILING_SHIFT);
	return 0;
}
