#include "pthread_impl.h"

/* Runs the cleanup handlers, innermost first, then the key destructors,
   then ends the thread; when it is the last one, as the only one always
   is, the process exits with status 0 (POSIX: as if exit(0) were called at
   thread termination, so atexit handlers run and streams are flushed).
   Cancellation is disabled from here on: a handler's cancellation point
   must not start the exit again. */
_Noreturn void __pthread_exit(void *result)
{
	struct __pthread *self = __thread_self();
	self->cancel_disabled = 1;
	while (self->cleanup) {
		struct __ptcb *cb = self->cleanup;
		self->cleanup = cb->__next;
		cb->__f(cb->__x);
	}
	__tsd_run_destructors();
	__thread_end(result);
}

weak_alias(__pthread_exit, pthread_exit);
