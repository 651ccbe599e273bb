#include "pthread_impl.h"

int pthread_mutex_getprioceiling(const pthread_mutex_t *restrict m, int *restrict ceiling)
{
	*ceiling = PRIO_MIN + (int)((m->__m.__attr & MUTEX_CEILING) >> MUTEX_CEILING_SHIFT);
	return 0;
}
