#include <threads.h>
#include "pthread_impl.h"

int cnd_signal(cnd_t *c)
{
	__cond_wake(&c->__c, 0);
	return thrd_success;
}
