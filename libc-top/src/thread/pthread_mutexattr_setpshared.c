#include <errno.h>
#include "pthread_impl.h"

/* A shared mutex is valid; no memory is shared with another process, so it
   behaves as a private one. */
int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared)
{
	if (pshared == PTHREAD_PROCESS_SHARED)
		a->__attr |= MUTEX_PSHARED;
	else if (pshared == PTHREAD_PROCESS_PRIVATE)
		a->__attr &= ~MUTEX_PSHARED;
	else
		return EINVAL;
	return 0;
}
