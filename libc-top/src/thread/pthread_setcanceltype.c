#include <errno.h>
#include "pthread_impl.h"

/* Making cancellation asynchronous with a request pending acts on it at
   once, if cancellation is enabled. */
int pthread_setcanceltype(int type, int *old)
{
	if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS)
		return EINVAL;
	struct __pthread *self = __thread_self();
	if (old)
		*old = self->cancel_async ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED;
	self->cancel_async = type == PTHREAD_CANCEL_ASYNCHRONOUS;
	if (self->cancel_async)
		__testcancel();
	return 0;
}
