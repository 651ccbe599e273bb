#include <errno.h>
#include "pthread_impl.h"

int pthread_getschedparam(pthread_t t, int *restrict policy, struct sched_param *restrict param)
{
	if (!__thread_valid(t))
		return ESRCH;
	*policy = t->policy;
	*param = (struct sched_param){ .sched_priority = t->priority };
	return 0;
}
