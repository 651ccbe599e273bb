#include <errno.h>
#include <semaphore.h>
#include "pthread_impl.h"

/* Destroying a semaphore that threads wait on is undefined (POSIX); it is
   reported as EBUSY. */
int sem_destroy(sem_t *s)
{
	if (a_load(&s->__waiters)) {
		errno = EBUSY;
		return -1;
	}
	return 0;
}
