#include "pthread_impl.h"

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           const struct timespec *restrict abs)
{
	return __cond_timedwait(&c->__c, &m->__m, abs);
}
