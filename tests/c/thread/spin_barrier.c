/* Spin locks and barriers with one thread. */
#include <errno.h>
#include <pthread.h>
#include "check.h"

int main(void)
{
	pthread_spinlock_t s;
	CHECK(pthread_spin_init(&s, 5) == EINVAL);
	CHECK(pthread_spin_init(&s, PTHREAD_PROCESS_PRIVATE) == 0);
	CHECK(pthread_spin_unlock(&s) == EPERM);
	CHECK(pthread_spin_lock(&s) == 0);
	/* Spinning on one's own lock would never end. */
	CHECK(pthread_spin_lock(&s) == EDEADLK);
	CHECK(pthread_spin_trylock(&s) == EBUSY);
	CHECK(pthread_spin_destroy(&s) == EBUSY);
	CHECK(pthread_spin_unlock(&s) == 0);
	CHECK(pthread_spin_trylock(&s) == 0);
	CHECK(pthread_spin_unlock(&s) == 0);
	CHECK(pthread_spin_destroy(&s) == 0);
	CHECK(pthread_spin_init(&s, PTHREAD_PROCESS_SHARED) == 0);
	CHECK(pthread_spin_lock(&s) == 0);
	CHECK(pthread_spin_unlock(&s) == 0);

	pthread_barrierattr_t a;
	pthread_barrier_t b;
	int v;
	CHECK(pthread_barrierattr_init(&a) == 0);
	CHECK(pthread_barrierattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_PRIVATE);
	CHECK(pthread_barrierattr_setpshared(&a, -1) == EINVAL);
	CHECK(pthread_barrierattr_setpshared(&a, PTHREAD_PROCESS_SHARED) == 0);
	CHECK(pthread_barrierattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_SHARED);
	CHECK(pthread_barrier_init(&b, &a, 0) == EINVAL);

	/* A barrier for one: every wait passes, as the serial thread. */
	CHECK(pthread_barrier_init(&b, &a, 1) == 0);
	CHECK(pthread_barrierattr_destroy(&a) == 0);
	for (int i = 0; i < 3; i++)
		CHECK(pthread_barrier_wait(&b) == PTHREAD_BARRIER_SERIAL_THREAD);
	CHECK(pthread_barrier_destroy(&b) == 0);

	/* A barrier for three would wait for threads that cannot exist. */
	CHECK(pthread_barrier_init(&b, 0, 3) == 0);
	CHECK(pthread_barrier_wait(&b) == EDEADLK);
	CHECK(pthread_barrier_wait(&b) == EDEADLK);
	/* The failed waits withdrew their arrivals. */
	CHECK(pthread_barrier_destroy(&b) == 0);
	return check_result();
}
