#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include <string.h>
#include "pthread_impl.h"

/* The name goes at once; the semaphore stays for those who have it open
   until they close it. */
int sem_unlink(const char *name)
{
	while (*name == '/')
		name++;
	if (strlen(name) > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	int r = 0;
	__mutex_timedlock(&__named_sems_lock, 0);
	struct __named_sem *e = __named_sem_find(name);
	if (!e) {
		errno = ENOENT;
		r = -1;
	} else if (e->refs) {
		e->unlinked = 1;
	} else {
		__named_sem_free(e);
	}
	__mutex_unlock(&__named_sems_lock);
	return r;
}
