#include <errno.h>
#include "pthread_impl.h"

/* EBUSY for a thread still running; the caller, which is running by
   definition, would never become joinable to itself: EDEADLK. */
int pthread_tryjoin_np(pthread_t t, void **result)
{
	static const struct timespec past;
	if (t == __thread_self())
		return EDEADLK;
	int r = __thread_join(t, result, &past);
	return r == ETIMEDOUT ? EBUSY : r;
}
