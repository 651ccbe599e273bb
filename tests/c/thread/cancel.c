//! stdout: tests/c/thread/cancel.out
/* Cancelling the only thread: a deferred request waits for a cancellation
   point while cancellation is disabled or deferred, then ends the thread
   through its cleanup handlers, which ends the process with status 0. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int cleaned;

static void cleanup(void *arg)
{
	cleaned++;
	puts(arg);
}

static void at_exit(void)
{
	if (cleaned != 1) {
		puts("cleanup handler did not run");
		_Exit(1);
	}
	puts("exit");
}

int main(void)
{
	int old;
	atexit(at_exit);
	if (pthread_setcancelstate(7, &old) != EINVAL || pthread_setcanceltype(7, &old) != EINVAL)
		return 1;
	if (pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old) || old != PTHREAD_CANCEL_ENABLE)
		return 1;
	if (pthread_cancel(pthread_self()))
		return 1;
	/* Disabled: the request stays pending. */
	pthread_testcancel();
	/* Asynchronous but disabled: still pending. */
	if (pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old) || old != PTHREAD_CANCEL_DEFERRED)
		return 1;
	if (pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &old) || old != PTHREAD_CANCEL_ASYNCHRONOUS)
		return 1;
	/* Enabled and deferred: still pending until a cancellation point. */
	if (pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old) || old != PTHREAD_CANCEL_DISABLE)
		return 1;
	puts("pending");
	pthread_cleanup_push(cleanup, "cleanup");
	pthread_testcancel();
	pthread_cleanup_pop(0);
	puts("pthread_testcancel returned");
	return 1;
}
