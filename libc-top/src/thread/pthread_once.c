#include <errno.h>
#include <limits.h>
#include "pthread_impl.h"

/* The control word: not run, running, or done. */
enum { ONCE_NEW, ONCE_RUNNING, ONCE_DONE };

/* A routine that ends by cancellation has not run (POSIX): the control is
   reset, and the next call runs it again. */
static void undo(void *ctl)
{
	a_store(ctl, ONCE_NEW);
	__thread_wake(ctl, INT_MAX);
}

/* A routine may itself use other once controls. One that uses its own
   control waits for itself, which no other thread can end: that is
   EDEADLK instead of a wait forever. */
int __pthread_once(pthread_once_t *ctl, void (*init)(void))
{
	for (;;) {
		int s = a_cas(ctl, ONCE_NEW, ONCE_RUNNING);
		if (s == ONCE_DONE)
			return 0;
		if (s == ONCE_NEW) {
			pthread_cleanup_push(undo, ctl);
			init();
			pthread_cleanup_pop(0);
			a_store(ctl, ONCE_DONE);
			__thread_wake(ctl, INT_MAX);
			return 0;
		}
		if (__thread_wait(ctl, ONCE_RUNNING, 0, 0) == EDEADLK)
			return EDEADLK;
	}
}

weak_alias(__pthread_once, pthread_once);
