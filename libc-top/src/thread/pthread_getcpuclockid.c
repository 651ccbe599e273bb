#include <errno.h>
#include "pthread_impl.h"

/* The thread's CPU-time clock; the only thread's is CLOCK_THREAD_CPUTIME_ID,
   which the host may or may not support. */
int pthread_getcpuclockid(pthread_t t, clockid_t *clk)
{
	if (!__thread_valid(t))
		return ESRCH;
	*clk = CLOCK_THREAD_CPUTIME_ID;
	return 0;
}
