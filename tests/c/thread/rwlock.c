/* Read-write locks with one thread: read locks are counted; a write lock
   requested while any lock is held can never be granted. */
#include <errno.h>
#include <pthread.h>
#include "check.h"
#include "timing.h"

static pthread_rwlock_t global = PTHREAD_RWLOCK_INITIALIZER;

int main(void)
{
	/* Reads nest and are released one by one. */
	CHECK(pthread_rwlock_rdlock(&global) == 0);
	CHECK(pthread_rwlock_rdlock(&global) == 0);
	CHECK(pthread_rwlock_tryrdlock(&global) == 0);
	CHECK(pthread_rwlock_trywrlock(&global) == EBUSY);
	CHECK(pthread_rwlock_wrlock(&global) == EDEADLK);
	CHECK(pthread_rwlock_destroy(&global) == EBUSY);
	struct timespec deadline = after_ms(CLOCK_REALTIME, 30);
	CHECK(pthread_rwlock_timedwrlock(&global, &deadline) == ETIMEDOUT);
	CHECK(reached(CLOCK_REALTIME, deadline));
	struct timespec bad = { 0, -5 };
	CHECK(pthread_rwlock_timedwrlock(&global, &bad) == EINVAL);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_trywrlock(&global) == EBUSY);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_unlock(&global) == EPERM);

	/* The write lock excludes everything, its owner included. */
	CHECK(pthread_rwlock_wrlock(&global) == 0);
	CHECK(pthread_rwlock_wrlock(&global) == EDEADLK);
	CHECK(pthread_rwlock_rdlock(&global) == EDEADLK);
	CHECK(pthread_rwlock_tryrdlock(&global) == EBUSY);
	CHECK(pthread_rwlock_trywrlock(&global) == EBUSY);
	deadline = after_ms(CLOCK_REALTIME, 10);
	CHECK(pthread_rwlock_timedrdlock(&global, &deadline) == EDEADLK);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_unlock(&global) == EPERM);

	/* Free again, a bad deadline does not matter. */
	CHECK(pthread_rwlock_timedrdlock(&global, &bad) == 0);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_timedwrlock(&global, &bad) == 0);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_trywrlock(&global) == 0);
	CHECK(pthread_rwlock_unlock(&global) == 0);
	CHECK(pthread_rwlock_destroy(&global) == 0);

	/* Attributes. */
	pthread_rwlockattr_t a;
	pthread_rwlock_t rw;
	int v;
	CHECK(pthread_rwlockattr_init(&a) == 0);
	CHECK(pthread_rwlockattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_PRIVATE);
	CHECK(pthread_rwlockattr_setpshared(&a, 2) == EINVAL);
	CHECK(pthread_rwlockattr_setpshared(&a, PTHREAD_PROCESS_SHARED) == 0);
	CHECK(pthread_rwlockattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_SHARED);
	CHECK(pthread_rwlock_init(&rw, &a) == 0);
	CHECK(pthread_rwlockattr_destroy(&a) == 0);
	CHECK(pthread_rwlock_rdlock(&rw) == 0);
	CHECK(pthread_rwlock_unlock(&rw) == 0);
	CHECK(pthread_rwlock_destroy(&rw) == 0);
	return check_result();
}
