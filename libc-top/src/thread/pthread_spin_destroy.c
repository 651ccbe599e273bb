#include <errno.h>
#include "pthread_impl.h"

int pthread_spin_destroy(pthread_spinlock_t *s)
{
	return a_load(s) ? EBUSY : 0;
}
