#include <errno.h>
#include "pthread_impl.h"

/* The host schedules the process as it likes: the policy and priority are
   checked, kept and reported, and change nothing else. */
int pthread_setschedparam(pthread_t t, int policy, const struct sched_param *param)
{
	if (!__thread_valid(t))
		return ESRCH;
	if (!prio_valid(policy, param->sched_priority))
		return EINVAL;
	t->policy = policy;
	t->priority = param->sched_priority;
	return 0;
}
