#include <time.h>
#include "clock_impl.h"

/* Nanoseconds (CLOCKS_PER_SEC) of process CPU time: the host's
   CPU-time clock, or the program's running time where the host has
   none (see __clock_time). */
clock_t clock(void)
{
	__wasi_timestamp_t t;
	if (__clock_time(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &t))
		return (clock_t)-1;
	return (clock_t)t;
}
