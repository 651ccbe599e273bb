#include <errno.h>
#include "pthread_impl.h"

/* The request is acted on at the next cancellation point, or at once when
   the target is the caller and its cancellation is enabled and
   asynchronous. */
int pthread_cancel(pthread_t t)
{
	if (!__thread_valid(t))
		return ESRCH;
	t->cancel_pending = 1;
	if (t == __thread_self() && t->cancel_async)
		__testcancel();
	return 0;
}
