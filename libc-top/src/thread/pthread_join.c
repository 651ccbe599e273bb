#include <errno.h>
#include "pthread_impl.h"

/* Joining oneself could never end: EDEADLK (POSIX allows it). Any other
   thread is the machine layer's to find and wait for. */
int __pthread_join(pthread_t t, void **result)
{
	__testcancel();
	if (t == __thread_self())
		return EDEADLK;
	return __thread_join(t, result, 0);
}

weak_alias(__pthread_join, pthread_join);
