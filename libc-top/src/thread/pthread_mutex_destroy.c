#include <errno.h>
#include "pthread_impl.h"

/* Destroying a locked mutex is undefined (POSIX); it is reported. */
int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return a_load(&m->__m.__lock) ? EBUSY : 0;
}
