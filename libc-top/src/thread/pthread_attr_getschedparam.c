#include "pthread_impl.h"

int pthread_attr_getschedparam(const pthread_attr_t *restrict a, struct sched_param *restrict param)
{
	*param = (struct sched_param){ .sched_priority = a->__priority };
	return 0;
}
