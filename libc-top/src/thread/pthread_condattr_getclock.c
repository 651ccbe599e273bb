#include "pthread_impl.h"

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clk)
{
	*clk = a->__attr & COND_MONOTONIC ? CLOCK_MONOTONIC : CLOCK_REALTIME;
	return 0;
}
