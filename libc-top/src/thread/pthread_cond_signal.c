#include "pthread_impl.h"

int pthread_cond_signal(pthread_cond_t *c)
{
	__cond_wake(&c->__c, 0);
	return 0;
}
