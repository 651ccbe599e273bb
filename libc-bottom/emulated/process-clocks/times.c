#include <sys/times.h>
#include <time.h>
#include "clock_impl.h"

/* In clock ticks of sysconf(_SC_CLK_TCK) = 100 per second. All CPU time
   is user time; there are no children. The result is the monotonic
   clock, an arbitrary but fixed origin as POSIX allows. */
clock_t times(struct tms *t)
{
	__wasi_timestamp_t cpu, now;
	if (__clock_time(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &cpu)
	    || __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &now))
		return (clock_t)-1;
	t->tms_utime = (clock_t)(cpu / 10000000);
	t->tms_stime = 0;
	t->tms_cutime = 0;
	t->tms_cstime = 0;
	return (clock_t)(now / 10000000);
}
