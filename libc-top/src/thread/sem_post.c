#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include "pthread_impl.h"

int sem_post(sem_t *s)
{
	for (;;) {
		int v = a_load(&s->__value);
		if (v == SEM_VALUE_MAX) {
			errno = EOVERFLOW;
			return -1;
		}
		if (a_cas(&s->__value, v, v + 1) == v)
			break;
	}
	if (a_load(&s->__waiters))
		__thread_wake(&s->__value, 1);
	return 0;
}
