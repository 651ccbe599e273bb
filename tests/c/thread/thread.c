/* Threads of a process that can have only one: creation fails with EAGAIN,
   the caller is the only thread that can be named, and the attributes are
   validated, kept and reported. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include "check.h"

static int started;

static void *start(void *arg)
{
	started = 1;
	return arg;
}

static void nothing(void)
{
}

int main(void)
{
	pthread_t self = pthread_self();
	CHECK(self != 0);
	CHECK(pthread_equal(self, pthread_self()));
	CHECK((pthread_equal)(self, pthread_self()));

	pthread_t t = self;
	CHECK(pthread_create(&t, 0, start, 0) == EAGAIN);
	CHECK(t == self && !started);
	pthread_attr_t a;
	CHECK(pthread_attr_init(&a) == 0);
	CHECK(pthread_create(&t, &a, start, 0) == EAGAIN);

	/* Joining oneself deadlocks; any other value names no thread. */
	void *res = &t;
	CHECK(pthread_join(self, &res) == EDEADLK && res == &t);
	CHECK(pthread_tryjoin_np(self, &res) == EDEADLK);
	struct timespec past = { 0, 0 };
	CHECK(pthread_timedjoin_np(self, &res, &past) == EDEADLK);
	pthread_t other = (pthread_t)(uintptr_t)0x1234;
	CHECK(pthread_join(other, &res) == ESRCH);
	CHECK(pthread_tryjoin_np(other, &res) == ESRCH);
	CHECK(pthread_timedjoin_np(other, &res, &past) == ESRCH);
	CHECK(pthread_detach(other) == ESRCH);
	CHECK(pthread_cancel(other) == ESRCH);

	/* Thread attributes: the defaults, then each one's validation. */
	size_t size;
	void *addr;
	int v;
	CHECK(pthread_attr_getdetachstate(&a, &v) == 0 && v == PTHREAD_CREATE_JOINABLE);
	CHECK(pthread_attr_setdetachstate(&a, 2) == EINVAL);
	CHECK(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED) == 0);
	CHECK(pthread_attr_getdetachstate(&a, &v) == 0 && v == PTHREAD_CREATE_DETACHED);

	CHECK(pthread_attr_getstacksize(&a, &size) == 0 && size >= PTHREAD_STACK_MIN);
	CHECK(pthread_attr_setstacksize(&a, PTHREAD_STACK_MIN - 1) == EINVAL);
	CHECK(pthread_attr_setstacksize(&a, 1 << 20) == 0);
	CHECK(pthread_attr_getstacksize(&a, &size) == 0 && size == 1 << 20);

	static char stack[PTHREAD_STACK_MIN * 2];
	CHECK(pthread_attr_setstack(&a, stack, PTHREAD_STACK_MIN - 1) == EINVAL);
	CHECK(pthread_attr_setstack(&a, (void *)(UINTPTR_MAX - 100), PTHREAD_STACK_MIN) == EINVAL);
	CHECK(pthread_attr_setstack(&a, stack, sizeof stack) == 0);
	CHECK(pthread_attr_getstack(&a, &addr, &size) == 0 && addr == stack && size == sizeof stack);
	CHECK(pthread_attr_getstacksize(&a, &size) == 0 && size == sizeof stack);

	CHECK(pthread_attr_getguardsize(&a, &size) == 0);
	CHECK(pthread_attr_setguardsize(&a, 12345) == 0);
	CHECK(pthread_attr_getguardsize(&a, &size) == 0 && size == 12345);

	CHECK(pthread_attr_getscope(&a, &v) == 0 && v == PTHREAD_SCOPE_SYSTEM);
	CHECK(pthread_attr_setscope(&a, PTHREAD_SCOPE_PROCESS) == ENOTSUP);
	CHECK(pthread_attr_setscope(&a, 9) == EINVAL);
	CHECK(pthread_attr_setscope(&a, PTHREAD_SCOPE_SYSTEM) == 0);

	CHECK(pthread_attr_getinheritsched(&a, &v) == 0 && v == PTHREAD_INHERIT_SCHED);
	CHECK(pthread_attr_setinheritsched(&a, 2) == EINVAL);
	CHECK(pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED) == 0);
	CHECK(pthread_attr_getinheritsched(&a, &v) == 0 && v == PTHREAD_EXPLICIT_SCHED);

	struct sched_param sp;
	CHECK(pthread_attr_getschedpolicy(&a, &v) == 0 && v == SCHED_OTHER);
	CHECK(pthread_attr_getschedparam(&a, &sp) == 0 && sp.sched_priority == 0);
	sp.sched_priority = 10;
	CHECK(pthread_attr_setschedparam(&a, &sp) == EINVAL);
	CHECK(pthread_attr_setschedpolicy(&a, 3) == EINVAL);
	CHECK(pthread_attr_setschedpolicy(&a, SCHED_RR) == 0);
	CHECK(pthread_attr_getschedpolicy(&a, &v) == 0 && v == SCHED_RR);
	CHECK(pthread_attr_setschedparam(&a, &sp) == 0);
	sp.sched_priority = 0;
	CHECK(pthread_attr_getschedparam(&a, &sp) == 0 && sp.sched_priority == 10);
	sp.sched_priority = 100;
	CHECK(pthread_attr_setschedparam(&a, &sp) == EINVAL);
	CHECK(pthread_create(&t, &a, start, 0) == EAGAIN);
	CHECK(pthread_attr_destroy(&a) == 0);

	/* The thread's own attributes: its stack, which holds this frame. */
	CHECK(pthread_getattr_np(self, &a) == 0);
	CHECK(pthread_attr_getstack(&a, &addr, &size) == 0);
	CHECK((char *)&v >= (char *)addr && (char *)&v < (char *)addr + size);
	CHECK(pthread_attr_getdetachstate(&a, &v) == 0 && v == PTHREAD_CREATE_JOINABLE);
	CHECK(pthread_getattr_np(other, &a) == ESRCH);

	/* Scheduling parameters are kept and reported. */
	CHECK(pthread_getschedparam(self, &v, &sp) == 0 && v == SCHED_OTHER && sp.sched_priority == 0);
	sp.sched_priority = 5;
	CHECK(pthread_setschedparam(self, SCHED_OTHER, &sp) == EINVAL);
	CHECK(pthread_setschedparam(self, 7, &sp) == EINVAL);
	CHECK(pthread_setschedparam(self, SCHED_FIFO, &sp) == 0);
	CHECK(pthread_getschedparam(self, &v, &sp) == 0 && v == SCHED_FIFO && sp.sched_priority == 5);
	CHECK(pthread_setschedprio(self, 99) == 0);
	CHECK(pthread_setschedprio(self, 100) == EINVAL);
	CHECK(pthread_getschedparam(self, &v, &sp) == 0 && sp.sched_priority == 99);
	CHECK(pthread_setschedparam(other, SCHED_FIFO, &sp) == ESRCH);
	CHECK(pthread_getschedparam(other, &v, &sp) == ESRCH);
	CHECK(pthread_setschedprio(other, 1) == ESRCH);
	sp.sched_priority = 0;
	CHECK(pthread_setschedparam(self, SCHED_OTHER, &sp) == 0);

	clockid_t clk;
	CHECK(pthread_getcpuclockid(self, &clk) == 0 && clk == CLOCK_THREAD_CPUTIME_ID);
	CHECK(pthread_getcpuclockid(other, &clk) == ESRCH);

	CHECK(pthread_getconcurrency() == 0);
	CHECK(pthread_setconcurrency(-1) == EINVAL);
	CHECK(pthread_setconcurrency(4) == 0);
	CHECK(pthread_getconcurrency() == 4);
	CHECK(pthread_setconcurrency(0) == 0);

	CHECK(pthread_atfork(nothing, nothing, nothing) == 0);

	/* The main thread may be detached, once. */
	CHECK(pthread_detach(self) == 0);
	CHECK(pthread_detach(self) == EINVAL);
	CHECK(pthread_getattr_np(self, &a) == 0);
	CHECK(pthread_attr_getdetachstate(&a, &v) == 0 && v == PTHREAD_CREATE_DETACHED);
	return check_result();
}
