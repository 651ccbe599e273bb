#include "pthread_impl.h"

void _pthread_cleanup_push(struct __ptcb *cb, void (*f)(void *), void *x)
{
	struct __pthread *self = __thread_self();
	cb->__f = f;
	cb->__x = x;
	cb->__next = self->cleanup;
	self->cleanup = cb;
}
