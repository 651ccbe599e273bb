#include <semaphore.h>
#include "pthread_impl.h"

int sem_timedwait(sem_t *restrict s, const struct timespec *restrict abs)
{
	return __sem_timedwait(s, abs);
}
