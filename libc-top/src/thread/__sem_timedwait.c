#include <errno.h>
#include <semaphore.h>
#include "pthread_impl.h"

/* Takes one from the value, sleeping while it is 0. No other thread can
   post while the only one sleeps: with a deadline the caller sleeps until
   it and gets ETIMEDOUT, without one it gets EDEADLK (POSIX: "a deadlock
   condition was detected") instead of sleeping forever. */
int __sem_timedwait(sem_t *s, const struct timespec *abs)
{
	__testcancel();
	for (;;) {
		int v = a_load(&s->__value);
		if (v > 0) {
			if (a_cas(&s->__value, v, v - 1) == v)
				return 0;
			continue;
		}
		a_fetch_add(&s->__waiters, 1);
		int r = __timedwait(&s->__value, 0, CLOCK_REALTIME, abs);
		a_fetch_add(&s->__waiters, -1);
		if (r) {
			errno = r;
			return -1;
		}
	}
}
