/* The layouts and constants of the established wasm32 WASI ABI for
   <pthread.h>, <threads.h> and <semaphore.h>, as numbers: Debian's 2022
   reference sysroot has no <pthread.h> for tests/abi to compare with.
   The static initialisers must be all-zero bytes. */
#include <pthread.h>
#include <semaphore.h>
#include <stdalign.h>
#include <threads.h>
#include "check.h"

#define LAYOUT(t, size, align) CHECK(sizeof(t) == (size) && alignof(t) == (align))

static int zero(const void *p, size_t n)
{
	const unsigned char *b = p;
	while (n--)
		if (*b++)
			return 0;
	return 1;
}

int main(void)
{
	LAYOUT(pthread_t, 4, 4);
	LAYOUT(pthread_attr_t, 36, 4);
	LAYOUT(pthread_mutex_t, 24, 4);
	LAYOUT(pthread_mutexattr_t, 4, 4);
	LAYOUT(pthread_cond_t, 48, 4);
	LAYOUT(pthread_condattr_t, 4, 4);
	LAYOUT(pthread_rwlock_t, 32, 4);
	LAYOUT(pthread_rwlockattr_t, 8, 4);
	LAYOUT(pthread_barrier_t, 20, 4);
	LAYOUT(pthread_barrierattr_t, 4, 4);
	LAYOUT(pthread_spinlock_t, 4, 4);
	LAYOUT(pthread_once_t, 4, 4);
	LAYOUT(pthread_key_t, 4, 4);
	LAYOUT(struct sched_param, 48, 8);
	LAYOUT(struct __ptcb, 12, 4);
	LAYOUT(sem_t, 16, 4);
	LAYOUT(mtx_t, 24, 4);
	LAYOUT(cnd_t, 48, 4);
	LAYOUT(thrd_t, 4, 4);
	LAYOUT(tss_t, 4, 4);
	LAYOUT(once_flag, 4, 4);
	CHECK((pthread_key_t)-1 > 0);
	CHECK((tss_t)-1 > 0);

	static const pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	static const pthread_cond_t c = PTHREAD_COND_INITIALIZER;
	static const pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
	static const pthread_once_t o = PTHREAD_ONCE_INIT;
	static const once_flag f = ONCE_FLAG_INIT;
	CHECK(zero(&m, sizeof m));
	CHECK(zero(&c, sizeof c));
	CHECK(zero(&rw, sizeof rw));
	CHECK(o == 0 && f == 0);

	CHECK(PTHREAD_CREATE_JOINABLE == 0 && PTHREAD_CREATE_DETACHED == 1);
	CHECK(PTHREAD_MUTEX_NORMAL == 0 && PTHREAD_MUTEX_DEFAULT == 0);
	CHECK(PTHREAD_MUTEX_RECURSIVE == 1 && PTHREAD_MUTEX_ERRORCHECK == 2);
	CHECK(PTHREAD_MUTEX_STALLED == 0 && PTHREAD_MUTEX_ROBUST == 1);
	CHECK(PTHREAD_PRIO_NONE == 0 && PTHREAD_PRIO_INHERIT == 1 && PTHREAD_PRIO_PROTECT == 2);
	CHECK(PTHREAD_INHERIT_SCHED == 0 && PTHREAD_EXPLICIT_SCHED == 1);
	CHECK(PTHREAD_SCOPE_SYSTEM == 0 && PTHREAD_SCOPE_PROCESS == 1);
	CHECK(PTHREAD_PROCESS_PRIVATE == 0 && PTHREAD_PROCESS_SHARED == 1);
	CHECK(PTHREAD_CANCEL_ENABLE == 0 && PTHREAD_CANCEL_DISABLE == 1);
	CHECK(PTHREAD_CANCEL_DEFERRED == 0 && PTHREAD_CANCEL_ASYNCHRONOUS == 1);
	CHECK(PTHREAD_CANCELED == (void *)-1);
	CHECK(PTHREAD_BARRIER_SERIAL_THREAD == -1);
	CHECK(SCHED_OTHER == 0 && SCHED_FIFO == 1 && SCHED_RR == 2);

	CHECK(thrd_success == 0 && thrd_busy == 1 && thrd_error == 2);
	CHECK(thrd_nomem == 3 && thrd_timedout == 4);
	CHECK(mtx_plain == 0 && mtx_recursive == 1 && mtx_timed == 2);
	CHECK(TSS_DTOR_ITERATIONS == 4);
	CHECK(SEM_FAILED == (sem_t *)0);
	return check_result();
}
