#include <errno.h>
#include "pthread_impl.h"

int pthread_mutexattr_setrobust(pthread_mutexattr_t *a, int robust)
{
	if (robust == PTHREAD_MUTEX_ROBUST)
		a->__attr |= MUTEX_ROBUST;
	else if (robust == PTHREAD_MUTEX_STALLED)
		a->__attr &= ~MUTEX_ROBUST;
	else
		return EINVAL;
	return 0;
}
