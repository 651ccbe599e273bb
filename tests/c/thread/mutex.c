/* Mutexes in a process with one thread: each type's relock, unlock and
   trylock rules, static initialisers, attributes, and timed locks that
   sleep until their deadline. */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "check.h"
#include "timing.h"

static pthread_mutex_t global = PTHREAD_MUTEX_INITIALIZER;

static void init_type(pthread_mutex_t *m, int type)
{
	pthread_mutexattr_t a;
	CHECK(pthread_mutexattr_init(&a) == 0);
	CHECK(pthread_mutexattr_settype(&a, type) == 0);
	CHECK(pthread_mutex_init(m, &a) == 0);
	CHECK(pthread_mutexattr_destroy(&a) == 0);
}

int main(void)
{
	/* The static initialiser: a ready normal mutex. */
	CHECK(pthread_mutex_lock(&global) == 0);
	CHECK(pthread_mutex_trylock(&global) == EBUSY);
	CHECK(pthread_mutex_lock(&global) == EDEADLK);
	CHECK(pthread_mutex_unlock(&global) == 0);
	CHECK(pthread_mutex_unlock(&global) == EPERM);
	CHECK(pthread_mutex_trylock(&global) == 0);
	CHECK(pthread_mutex_destroy(&global) == EBUSY);
	CHECK(pthread_mutex_unlock(&global) == 0);
	CHECK(pthread_mutex_destroy(&global) == 0);

	/* NULL attributes: the default type. */
	pthread_mutex_t m;
	CHECK(pthread_mutex_init(&m, 0) == 0);
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_lock(&m) == EDEADLK);
	CHECK(pthread_mutex_unlock(&m) == 0);

	/* Error-checking. */
	init_type(&m, PTHREAD_MUTEX_ERRORCHECK);
	CHECK(pthread_mutex_unlock(&m) == EPERM);
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_lock(&m) == EDEADLK);
	CHECK(pthread_mutex_trylock(&m) == EBUSY);
	struct timespec soon = after_ms(CLOCK_REALTIME, 20);
	CHECK(pthread_mutex_timedlock(&m, &soon) == EDEADLK);
	CHECK(pthread_mutex_unlock(&m) == 0);
	CHECK(pthread_mutex_unlock(&m) == EPERM);
	CHECK(pthread_mutex_destroy(&m) == 0);

	/* Recursive: counted, released by as many unlocks. */
	init_type(&m, PTHREAD_MUTEX_RECURSIVE);
	CHECK(pthread_mutex_unlock(&m) == EPERM);
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_trylock(&m) == 0);
	CHECK(pthread_mutex_timedlock(&m, &soon) == 0);
	for (int i = 0; i < 4; i++)
		CHECK(pthread_mutex_unlock(&m) == 0);
	CHECK(pthread_mutex_unlock(&m) == EPERM);
	CHECK(pthread_mutex_destroy(&m) == 0);

	/* A timed relock of a normal mutex deadlocks until the deadline. */
	init_type(&m, PTHREAD_MUTEX_NORMAL);
	CHECK(pthread_mutex_lock(&m) == 0);
	struct timespec deadline = after_ms(CLOCK_REALTIME, 30);
	CHECK(pthread_mutex_timedlock(&m, &deadline) == ETIMEDOUT);
	CHECK(reached(CLOCK_REALTIME, deadline));
	/* A deadline in the past times out at once. */
	struct timespec past = { 0, 0 };
	CHECK(pthread_mutex_timedlock(&m, &past) == ETIMEDOUT);
	/* A bad deadline is EINVAL, but only when the caller would sleep. */
	struct timespec bad = { 0, 1000000000L };
	CHECK(pthread_mutex_timedlock(&m, &bad) == EINVAL);
	bad.tv_nsec = -1;
	CHECK(pthread_mutex_timedlock(&m, &bad) == EINVAL);
	CHECK(pthread_mutex_unlock(&m) == 0);
	CHECK(pthread_mutex_timedlock(&m, &bad) == 0);
	CHECK(pthread_mutex_unlock(&m) == 0);

	/* Attribute validation and reporting. */
	pthread_mutexattr_t a;
	int v;
	CHECK(pthread_mutexattr_init(&a) == 0);
	CHECK(pthread_mutexattr_gettype(&a, &v) == 0 && v == PTHREAD_MUTEX_DEFAULT);
	CHECK(pthread_mutexattr_settype(&a, 3) == EINVAL);
	CHECK(pthread_mutexattr_settype(&a, -1) == EINVAL);
	CHECK(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK) == 0);
	CHECK(pthread_mutexattr_gettype(&a, &v) == 0 && v == PTHREAD_MUTEX_ERRORCHECK);

	CHECK(pthread_mutexattr_getrobust(&a, &v) == 0 && v == PTHREAD_MUTEX_STALLED);
	CHECK(pthread_mutexattr_setrobust(&a, 2) == EINVAL);
	CHECK(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST) == 0);
	CHECK(pthread_mutexattr_getrobust(&a, &v) == 0 && v == PTHREAD_MUTEX_ROBUST);

	CHECK(pthread_mutexattr_getprotocol(&a, &v) == 0 && v == PTHREAD_PRIO_NONE);
	CHECK(pthread_mutexattr_setprotocol(&a, 3) == EINVAL);
	CHECK(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT) == 0);
	CHECK(pthread_mutexattr_getprotocol(&a, &v) == 0 && v == PTHREAD_PRIO_INHERIT);
	CHECK(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_PROTECT) == 0);
	CHECK(pthread_mutexattr_getprotocol(&a, &v) == 0 && v == PTHREAD_PRIO_PROTECT);

	CHECK(pthread_mutexattr_getprioceiling(&a, &v) == 0 && v == 1);
	CHECK(pthread_mutexattr_setprioceiling(&a, 0) == EINVAL);
	CHECK(pthread_mutexattr_setprioceiling(&a, 100) == EINVAL);
	CHECK(pthread_mutexattr_setprioceiling(&a, 42) == 0);
	CHECK(pthread_mutexattr_getprioceiling(&a, &v) == 0 && v == 42);

	CHECK(pthread_mutexattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_PRIVATE);
	CHECK(pthread_mutexattr_setpshared(&a, 2) == EINVAL);
	CHECK(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED) == 0);
	CHECK(pthread_mutexattr_getpshared(&a, &v) == 0 && v == PTHREAD_PROCESS_SHARED);

	/* Setting one attribute leaves the others alone. */
	CHECK(pthread_mutexattr_gettype(&a, &v) == 0 && v == PTHREAD_MUTEX_ERRORCHECK);
	CHECK(pthread_mutexattr_getrobust(&a, &v) == 0 && v == PTHREAD_MUTEX_ROBUST);
	CHECK(pthread_mutexattr_getprotocol(&a, &v) == 0 && v == PTHREAD_PRIO_PROTECT);

	/* The mutex keeps them: a robust error-checking priority-ceiling one. */
	CHECK(pthread_mutex_init(&m, &a) == 0);
	CHECK(pthread_mutex_getprioceiling(&m, &v) == 0 && v == 42);
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_lock(&m) == EDEADLK);
	/* Never inconsistent: no owner can die while the process lives. */
	CHECK(pthread_mutex_consistent(&m) == EINVAL);
	int old;
	CHECK(pthread_mutex_setprioceiling(&m, 50, &old) == 0 && old == 42);
	CHECK(pthread_mutex_unlock(&m) == 0);
	CHECK(pthread_mutex_setprioceiling(&m, 10, &old) == 0 && old == 50);
	CHECK(pthread_mutex_setprioceiling(&m, 100, &old) == EINVAL);
	CHECK(pthread_mutex_getprioceiling(&m, &v) == 0 && v == 10);

	/* A thread above the ceiling may not lock a priority-protect mutex. */
	struct sched_param sp = { .sched_priority = 20 };
	CHECK(pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp) == 0);
	CHECK(pthread_mutex_lock(&m) == EINVAL);
	CHECK(pthread_mutex_trylock(&m) == EINVAL);
	CHECK(pthread_mutex_timedlock(&m, &soon) == EINVAL);
	sp.sched_priority = 10;
	CHECK(pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp) == 0);
	CHECK(pthread_mutex_lock(&m) == 0);
	CHECK(pthread_mutex_unlock(&m) == 0);
	sp.sched_priority = 0;
	CHECK(pthread_setschedparam(pthread_self(), SCHED_OTHER, &sp) == 0);
	CHECK(pthread_mutex_destroy(&m) == 0);
	CHECK(pthread_mutexattr_destroy(&a) == 0);

	/* Zeroed memory is an unlocked default mutex too. */
	pthread_mutex_t z;
	memset(&z, 0, sizeof z);
	CHECK(pthread_mutex_trylock(&z) == 0);
	CHECK(pthread_mutex_unlock(&z) == 0);
	return check_result();
}
