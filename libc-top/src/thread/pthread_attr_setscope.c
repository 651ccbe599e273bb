#include <errno.h>
#include "pthread_impl.h"

/* Threads would compete with every thread on the host, as on Linux:
   process scope is a valid value that is not supported. */
int pthread_attr_setscope(pthread_attr_t *a, int scope)
{
	if (scope == PTHREAD_SCOPE_PROCESS)
		return ENOTSUP;
	if (scope != PTHREAD_SCOPE_SYSTEM)
		return EINVAL;
	a->__scope = scope;
	return 0;
}
