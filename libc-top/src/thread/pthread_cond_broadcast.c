#include "pthread_impl.h"

int pthread_cond_broadcast(pthread_cond_t *c)
{
	__cond_wake(&c->__c, 1);
	return 0;
}
