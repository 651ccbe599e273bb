#include <threads.h>
#include "pthread_impl.h"

int cnd_broadcast(cnd_t *c)
{
	__cond_wake(&c->__c, 1);
	return thrd_success;
}
