/* <threads.h> in a process with one thread. */
#include <errno.h>
#include <threads.h>
#include "check.h"
#include "timing.h"

static int start(void *arg)
{
	return 0;
}

static mtx_t zeroed;

int main(void)
{
	thrd_t self = thrd_current();
	CHECK(thrd_equal(self, thrd_current()));
	CHECK((thrd_equal)(self, thrd_current()));

	thrd_t t = self;
	CHECK(thrd_create(&t, start, 0) == thrd_error);
	int res = 42;
	CHECK(thrd_join(self, &res) == thrd_error && res == 42);
	CHECK(thrd_detach(self) == thrd_success);
	CHECK(thrd_detach(self) == thrd_error);
	thrd_yield();

	struct timespec d = { 0, 20000000 };
	struct timespec start_time, end_time;
	clock_gettime(CLOCK_MONOTONIC, &start_time);
	CHECK(thrd_sleep(&d, 0) == 0);
	clock_gettime(CLOCK_MONOTONIC, &end_time);
	long long ns = (end_time.tv_sec - start_time.tv_sec) * 1000000000LL
	             + (end_time.tv_nsec - start_time.tv_nsec);
	CHECK(ns >= 20000000);
	struct timespec bad = { 0, -1 };
	CHECK(thrd_sleep(&bad, 0) < -1);

	/* Mutexes. */
	mtx_t m;
	CHECK(mtx_init(&m, 4) == thrd_error);
	CHECK(mtx_init(&m, -1) == thrd_error);
	CHECK(mtx_init(&m, mtx_plain) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_error);
	CHECK(mtx_lock(&m) == thrd_success);
	CHECK(mtx_trylock(&m) == thrd_busy);
	CHECK(mtx_lock(&m) == thrd_error);
	CHECK(mtx_unlock(&m) == thrd_success);
	mtx_destroy(&m);

	CHECK(mtx_init(&m, mtx_timed) == thrd_success);
	CHECK(mtx_lock(&m) == thrd_success);
	struct timespec deadline = after_ms(CLOCK_REALTIME, 20);
	CHECK(mtx_timedlock(&m, &deadline) == thrd_timedout);
	CHECK(reached(CLOCK_REALTIME, deadline));
	CHECK(mtx_unlock(&m) == thrd_success);
	CHECK(mtx_timedlock(&m, &deadline) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_success);
	mtx_destroy(&m);

	CHECK(mtx_init(&m, mtx_timed | mtx_recursive) == thrd_success);
	CHECK(mtx_lock(&m) == thrd_success);
	CHECK(mtx_lock(&m) == thrd_success);
	CHECK(mtx_trylock(&m) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_success);
	CHECK(mtx_unlock(&m) == thrd_error);
	mtx_destroy(&m);

	/* A zeroed mutex is a plain one. */
	CHECK(mtx_lock(&zeroed) == thrd_success);
	CHECK(mtx_unlock(&zeroed) == thrd_success);

	/* Condition variables. */
	cnd_t c;
	CHECK(cnd_init(&c) == thrd_success);
	CHECK(mtx_init(&m, mtx_plain) == thrd_success);
	CHECK(cnd_signal(&c) == thrd_success);
	CHECK(cnd_broadcast(&c) == thrd_success);
	CHECK(cnd_wait(&c, &m) == thrd_error);
	CHECK(mtx_lock(&m) == thrd_success);
	CHECK(cnd_wait(&c, &m) == thrd_error);
	CHECK(mtx_trylock(&m) == thrd_busy);
	deadline = after_ms(CLOCK_REALTIME, 20);
	CHECK(cnd_timedwait(&c, &m, &deadline) == thrd_timedout);
	CHECK(reached(CLOCK_REALTIME, deadline));
	CHECK(mtx_trylock(&m) == thrd_busy);
	CHECK(mtx_unlock(&m) == thrd_success);
	cnd_destroy(&c);
	mtx_destroy(&m);
	return check_result();
}
