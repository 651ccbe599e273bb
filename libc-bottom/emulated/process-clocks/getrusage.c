#include <errno.h>
#include <sys/resource.h>
#include "clock_impl.h"
#include "syscall.h"

/* All CPU time is user time; there are no children, whose usage is
   0. */
int getrusage(int who, struct rusage *ru)
{
	__wasi_timestamp_t cpu = 0;
	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
		errno = EINVAL;
		return -1;
	}
	if (who == RUSAGE_SELF) {
		__wasi_errno_t e = __clock_time(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &cpu);
		if (e)
			return __wasi_fail(e);
	}
	ru->ru_utime.tv_sec = (time_t)(cpu / 1000000000);
	ru->ru_utime.tv_usec = (suseconds_t)(cpu % 1000000000 / 1000);
	ru->ru_stime.tv_sec = 0;
	ru->ru_stime.tv_usec = 0;
	return 0;
}
