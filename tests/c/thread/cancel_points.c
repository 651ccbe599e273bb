//! stdout: tests/c/thread/cancel_points.out
/* A pending cancellation acted on in pthread_cond_wait: POSIX has the
   thread take the mutex back before its cleanup handlers run, so the
   handler may unlock it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;

static void unlock(void *arg)
{
	/* Error-checking: succeeds only for the owner. */
	if (pthread_mutex_unlock(arg) != 0) {
		puts("mutex not held in the cleanup handler");
		_Exit(1);
	}
	puts("unlocked");
}

int main(void)
{
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&m, &a);
	pthread_mutex_lock(&m);
	pthread_cancel(pthread_self());
	puts("waiting");
	pthread_cleanup_push(unlock, &m);
	pthread_cond_wait(&c, &m);
	pthread_cleanup_pop(0);
	puts("pthread_cond_wait returned");
	return 1;
}
