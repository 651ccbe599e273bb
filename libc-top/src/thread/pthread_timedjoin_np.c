#include <errno.h>
#include "pthread_impl.h"

int pthread_timedjoin_np(pthread_t t, void **result, const struct timespec *abs)
{
	__testcancel();
	if (t == __thread_self())
		return EDEADLK;
	return __thread_join(t, result, abs);
}
