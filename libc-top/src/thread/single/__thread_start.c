#include <errno.h>
#include "pthread_impl.h"

/* wasm32-wasip1 has no way to start a thread: POSIX's EAGAIN, "the system
   lacked the necessary resources to create another thread". */
int __thread_start(pthread_t *t, const pthread_attr_t *a, void *(*start)(void *), void *arg)
{
	return EAGAIN;
}
