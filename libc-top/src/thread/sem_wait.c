#include <semaphore.h>
#include "pthread_impl.h"

int sem_wait(sem_t *s)
{
	return __sem_timedwait(s, 0);
}
