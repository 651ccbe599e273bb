#include <errno.h>
#include "pthread_impl.h"

int pthread_spin_trylock(pthread_spinlock_t *s)
{
	return a_cas(s, 0, __thread_self()->tid) ? EBUSY : 0;
}
