#include <errno.h>
#include <limits.h>
#include <semaphore.h>

/* A semaphore shared between processes is accepted: no memory is shared
   with another process, so it behaves as an unshared one. */
int sem_init(sem_t *s, int pshared, unsigned value)
{
	if (value > SEM_VALUE_MAX) {
		errno = EINVAL;
		return -1;
	}
	*s = (sem_t){ .__value = (int)value };
	return 0;
}
