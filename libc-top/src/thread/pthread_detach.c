#include <errno.h>
#include "pthread_impl.h"

/* Detaching the main thread is allowed; it changes nothing here, since its
   end is the end of the process. Detaching twice is EINVAL (POSIX: "not a
   joinable thread"). */
int __pthread_detach(pthread_t t)
{
	if (!__thread_valid(t))
		return ESRCH;
	if (t->detached)
		return EINVAL;
	t->detached = 1;
	return 0;
}

weak_alias(__pthread_detach, pthread_detach);
