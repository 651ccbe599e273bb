#include <errno.h>
#include "pthread_impl.h"

int pthread_cond_destroy(pthread_cond_t *c)
{
	return a_load(&c->__c.__waiters) ? EBUSY : 0;
}
