/* Condition variables with one thread: nothing can signal them, so a wait
   without a deadline reports EDEADLK and one with a deadline sleeps until
   it, on the variable's clock; the mutex is held again either way. */
#include <errno.h>
#include <pthread.h>
#include "check.h"
#include "timing.h"

static pthread_cond_t global = PTHREAD_COND_INITIALIZER;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* Whether the caller holds m: an error-checking relock says so. */
static int held(pthread_mutex_t *m)
{
	return pthread_mutex_trylock(m) == EBUSY;
}

int main(void)
{
	/* Signalling with no waiter is fine, before and after init. */
	CHECK(pthread_cond_signal(&global) == 0);
	CHECK(pthread_cond_broadcast(&global) == 0);

	/* Waiting needs the mutex held. */
	CHECK(pthread_cond_wait(&global, &lock) == EPERM);
	struct timespec soon = after_ms(CLOCK_REALTIME, 10);
	CHECK(pthread_cond_timedwait(&global, &lock, &soon) == EPERM);

	CHECK(pthread_mutex_lock(&lock) == 0);
	CHECK(pthread_cond_wait(&global, &lock) == EDEADLK);
	CHECK(held(&lock));
	struct timespec deadline = after_ms(CLOCK_REALTIME, 30);
	CHECK(pthread_cond_timedwait(&global, &lock, &deadline) == ETIMEDOUT);
	CHECK(reached(CLOCK_REALTIME, deadline));
	CHECK(held(&lock));
	/* A signal before the wait is not remembered. */
	CHECK(pthread_cond_signal(&global) == 0);
	deadline = after_ms(CLOCK_REALTIME, 10);
	CHECK(pthread_cond_timedwait(&global, &lock, &deadline) == ETIMEDOUT);
	/* A bad deadline is EINVAL and leaves the mutex held. */
	struct timespec bad = { 0, 1000000000L };
	CHECK(pthread_cond_timedwait(&global, &lock, &bad) == EINVAL);
	CHECK(held(&lock));
	struct timespec past = { 1, 0 };
	CHECK(pthread_cond_timedwait(&global, &lock, &past) == ETIMEDOUT);
	CHECK(pthread_mutex_unlock(&lock) == 0);
	CHECK(pthread_cond_destroy(&global) == 0);

	/* The clock attribute. */
	pthread_condattr_t a;
	clockid_t clk;
	int v;
	CHECK(pthread_condattr_init(&a) == 0);
	CHECK(pthread_condattr_getclock(&a, &clk) == 0 && clk == CLOCK_REALTIME);
	CHECK(pthread_condattr_setclock(&a, CLOCK_PROCESS_CPUTIME_ID) == EINVAL);
	CHECK(pthread_condattr_setclock(&a, CLOCK_THREAD_CPUTIME_ID) == EINVAL);
	CHECK(pthread_condattr_setclock(&a, CLOCK_MONOTONIC) == 0);
	CHECK(pthread_condattr_getclock(&a, &clk) == 0 && clk == CLOCK_MONOTONIC);
	CHECK(pthread_condattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_PRIVATE);
	CHECK(pthread_condattr_setpshared(&a, 7) == EINVAL);
	CHECK(pthread_condattr_setpshared(&a, PTHREAD_PROCESS_SHARED) == 0);
	CHECK(pthread_condattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_SHARED);
	CHECK(pthread_condattr_getclock(&a, &clk) == 0 && clk == CLOCK_MONOTONIC);

	/* A deadline on the monotonic clock: taken as a realtime one it would
	   lie decades in the past, and the wait would end at once. */
	pthread_cond_t c;
	CHECK(pthread_cond_init(&c, &a) == 0);
	CHECK(pthread_condattr_destroy(&a) == 0);
	CHECK(pthread_mutex_lock(&lock) == 0);
	deadline = after_ms(CLOCK_MONOTONIC, 30);
	CHECK(pthread_cond_timedwait(&c, &lock, &deadline) == ETIMEDOUT);
	CHECK(reached(CLOCK_MONOTONIC, deadline));
	CHECK(pthread_mutex_unlock(&lock) == 0);
	CHECK(pthread_cond_destroy(&c) == 0);

	/* A recursive mutex is released entirely for the wait and restored. */
	pthread_mutexattr_t ma;
	pthread_mutex_t r;
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE);
	CHECK(pthread_mutex_init(&r, &ma) == 0);
	CHECK(pthread_cond_init(&c, 0) == 0);
	CHECK(pthread_mutex_lock(&r) == 0);
	CHECK(pthread_mutex_lock(&r) == 0);
	deadline = after_ms(CLOCK_REALTIME, 5);
	CHECK(pthread_cond_timedwait(&c, &r, &deadline) == ETIMEDOUT);
	CHECK(pthread_mutex_unlock(&r) == 0);
	CHECK(pthread_mutex_unlock(&r) == 0);
	CHECK(pthread_mutex_unlock(&r) == EPERM);
	return check_result();
}
