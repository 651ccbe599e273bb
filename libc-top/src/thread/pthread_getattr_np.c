#include <errno.h>
#include "pthread_impl.h"

/* The attributes the thread runs with, its stack included. */
int pthread_getattr_np(pthread_t t, pthread_attr_t *a)
{
	if (!__thread_valid(t))
		return ESRCH;
	*a = (pthread_attr_t){
		.__stackaddr = t->stack_low,
		.__stacksize = (size_t)((char *)t->stack_high - (char *)t->stack_low),
		.__detachstate = t->detached ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE,
		.__policy = t->policy,
		.__priority = t->priority,
	};
	return 0;
}
