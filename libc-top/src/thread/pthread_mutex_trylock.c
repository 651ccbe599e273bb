#include <errno.h>
#include "pthread_impl.h"

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (mutex_above_ceiling(&m->__m, __thread_self()))
		return EINVAL;
	return __mutex_trylock(&m->__m);
}
