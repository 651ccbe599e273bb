#include <errno.h>
#include "pthread_impl.h"

/* Releases the mutex, sleeps until the variable is signalled or the
   deadline passes, and takes the mutex back, every level of a recursive
   one. A bad deadline is reported before anything is released. In a
   process whose only thread is the caller nothing can signal the variable:
   with a deadline, the caller sleeps until it and gets ETIMEDOUT; without
   one, it gets EDEADLK, as a deadlock detector would report, instead of
   sleeping forever. Either way it holds the mutex again on return. */
int __cond_timedwait(struct __cond *c, struct __mutex *m, const struct timespec *abs)
{
	if ((a_load(&m->__lock) & ~MUTEX_WAITERS) != __thread_self()->tid)
		return EPERM;
	if (abs && (abs->tv_nsec < 0 || abs->tv_nsec >= 1000000000L))
		return EINVAL;
	__testcancel();
	clockid_t clk = c->__attr & COND_MONOTONIC ? CLOCK_MONOTONIC : CLOCK_REALTIME;
	int seq = a_load(&c->__seq);
	a_fetch_add(&c->__waiters, 1);
	int count = m->__count;
	m->__count = 0;
	__mutex_unlock(m);
	int r = __thread_wait(&c->__seq, seq, clk, abs);
	a_fetch_add(&c->__waiters, -1);
	__mutex_timedlock(m, 0);
	m->__count = count;
	return r;
}
