#include <errno.h>
#include <limits.h>
#include "pthread_impl.h"

/* The last of count threads to arrive opens the barrier for the others and
   gets PTHREAD_BARRIER_SERIAL_THREAD; with a count of 1 that is every
   caller. A thread that would have to wait for others that do not exist
   gets EDEADLK instead of sleeping forever, and its arrival is withdrawn,
   so the barrier is as it was. */
int pthread_barrier_wait(pthread_barrier_t *b)
{
	int seq = a_load(&b->__seq);
	if (a_fetch_add(&b->__arrived, 1) + 1 == (int)b->__limit) {
		a_store(&b->__arrived, 0);
		a_fetch_add(&b->__seq, 1);
		__thread_wake(&b->__seq, INT_MAX);
		return PTHREAD_BARRIER_SERIAL_THREAD;
	}
	while (a_load(&b->__seq) == seq) {
		if (__thread_wait(&b->__seq, seq, 0, 0) == EDEADLK) {
			a_fetch_add(&b->__arrived, -1);
			return EDEADLK;
		}
	}
	return 0;
}
