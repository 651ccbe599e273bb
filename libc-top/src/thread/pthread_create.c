#include "pthread_impl.h"

/* With no way to start a thread on wasm32-wasip1, this reports what POSIX
   specifies for a system that "lacked the necessary resources to create
   another thread": EAGAIN. */
int pthread_create(pthread_t *restrict t, const pthread_attr_t *restrict a,
                   void *(*start)(void *), void *restrict arg)
{
	return __thread_start(t, a, start, arg);
}
