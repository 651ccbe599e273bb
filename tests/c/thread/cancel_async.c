//! stdout: tests/c/thread/cancel_async.out
/* Asynchronous cancellation of the caller acts at once, inside
   pthread_cancel. */
#include <pthread.h>
#include <stdio.h>

static void cleanup(void *arg)
{
	puts(arg);
}

int main(void)
{
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, 0);
	pthread_cleanup_push(cleanup, "cancelled");
	pthread_cancel(pthread_self());
	pthread_cleanup_pop(0);
	puts("pthread_cancel returned");
	return 1;
}
