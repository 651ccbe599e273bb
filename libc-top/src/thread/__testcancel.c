#include "pthread_impl.h"

void __testcancel(void)
{
	struct __pthread *self = __thread_self();
	if (self->cancel_pending && !self->cancel_disabled)
		__pthread_exit(PTHREAD_CANCELED);
}
