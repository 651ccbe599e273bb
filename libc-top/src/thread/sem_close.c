#include <errno.h>
#include <semaphore.h>
#include "pthread_impl.h"

/* The semaphore lives on until it is both unlinked and closed as often as
   it was opened. */
int sem_close(sem_t *s)
{
	int r = 0;
	__mutex_timedlock(&__named_sems_lock, 0);
	struct __named_sem *e = __named_sems;
	while (e && &e->sem != s)
		e = e->next;
	if (!e || !e->refs) {
		errno = EINVAL;
		r = -1;
	} else if (!--e->refs && e->unlinked) {
		__named_sem_free(e);
	}
	__mutex_unlock(&__named_sems_lock);
	return r;
}
