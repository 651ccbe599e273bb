#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>

/* WASI has no processes, so there is no command processor to run a
   command with: POSIX lets popen fail, and ENOSYS says why. */
FILE *popen(const char *cmd, const char *mode)
{
	errno = ENOSYS;
	return 0;
}
