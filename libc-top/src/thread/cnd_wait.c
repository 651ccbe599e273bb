#include <threads.h>
#include "pthread_impl.h"

/* With no other thread to signal the variable, the wait reports
   thrd_error instead of lasting forever; the mutex is held on return. */
int cnd_wait(cnd_t *c, mtx_t *m)
{
	return __cond_timedwait(&c->__c, &m->__m, 0) ? thrd_error : thrd_success;
}
