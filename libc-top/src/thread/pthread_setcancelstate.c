#include <errno.h>
#include "pthread_impl.h"

/* Enabling cancellation with an asynchronous type and a request pending
   acts on the request at once. */
int pthread_setcancelstate(int state, int *old)
{
	if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE)
		return EINVAL;
	struct __pthread *self = __thread_self();
	if (old)
		*old = self->cancel_disabled ? PTHREAD_CANCEL_DISABLE : PTHREAD_CANCEL_ENABLE;
	self->cancel_disabled = state == PTHREAD_CANCEL_DISABLE;
	if (self->cancel_async)
		__testcancel();
	return 0;
}
