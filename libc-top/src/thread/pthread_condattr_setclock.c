#include <errno.h>
#include "pthread_impl.h"

/* POSIX: the CPU-time clocks are not valid here. */
int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clk)
{
	if (clk == CLOCK_MONOTONIC)
		a->__attr |= COND_MONOTONIC;
	else if (clk == CLOCK_REALTIME)
		a->__attr &= ~COND_MONOTONIC;
	else
		return EINVAL;
	return 0;
}
