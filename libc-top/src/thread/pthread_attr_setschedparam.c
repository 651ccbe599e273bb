#include <errno.h>
#include "pthread_impl.h"

/* The priority must be one of the attribute's scheduling policy. */
int pthread_attr_setschedparam(pthread_attr_t *restrict a, const struct sched_param *restrict param)
{
	if (!prio_valid(a->__policy, param->sched_priority))
		return EINVAL;
	a->__priority = param->sched_priority;
	return 0;
}
