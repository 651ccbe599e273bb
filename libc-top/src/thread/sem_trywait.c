#include <errno.h>
#include <semaphore.h>
#include "pthread_impl.h"

int sem_trywait(sem_t *s)
{
	for (;;) {
		int v = a_load(&s->__value);
		if (v <= 0) {
			errno = EAGAIN;
			return -1;
		}
		if (a_cas(&s->__value, v, v - 1) == v)
			return 0;
	}
}
