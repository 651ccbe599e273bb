#include <errno.h>
#include "pthread_impl.h"

int pthread_setschedprio(pthread_t t, int prio)
{
	if (!__thread_valid(t))
		return ESRCH;
	if (!prio_valid(t->policy, prio))
		return EINVAL;
	t->priority = prio;
	return 0;
}
