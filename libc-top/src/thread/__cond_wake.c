#include <limits.h>
#include "pthread_impl.h"

/* Moves the sequence on, so that a waiter that has not gone to sleep yet
   does not; then wakes one waiter, or all. */
void __cond_wake(struct __cond *c, int all)
{
	a_fetch_add(&c->__seq, 1);
	if (a_load(&c->__waiters))
		__thread_wake(&c->__seq, all ? INT_MAX : 1);
}
