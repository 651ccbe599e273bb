#include <semaphore.h>
#include "pthread_impl.h"

/* The value, never negative: POSIX lets a locked semaphore report 0
   rather than a count of its waiters. */
int sem_getvalue(sem_t *restrict s, int *restrict value)
{
	*value = a_load(&s->__value);
	return 0;
}
