#include <stdlib.h>
#include <string.h>
#include "pthread_impl.h"

struct __named_sem *__named_sems;
struct __mutex __named_sems_lock;

/* The linked entry of that name, unlinked ones excepted; the caller holds
   the lock. */
struct __named_sem *__named_sem_find(const char *key)
{
	for (struct __named_sem *e = __named_sems; e; e = e->next)
		if (!e->unlinked && !strcmp(e->name, key))
			return e;
	return 0;
}

/* Takes the entry out of the list and frees it: nobody has it open, and
   its name is gone or going. The caller holds the lock. */
void __named_sem_free(struct __named_sem *dead)
{
	struct __named_sem **p = &__named_sems;
	while (*p != dead)
		p = &(*p)->next;
	*p = dead->next;
	free(dead);
}
