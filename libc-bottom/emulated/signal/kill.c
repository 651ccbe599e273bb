#include <errno.h>
#include <signal.h>
#include "clock_impl.h"

/* The program is the only process: it can signal itself (its pid as the
   getpid emulation gives it, 0 for its process group, -1 for every
   process it may signal); any other pid names no process (ESRCH). Signal
   0 only checks. */
int kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (pid != __WASI_EMULATED_PID && pid != 0 && pid != -1) {
		errno = ESRCH;
		return -1;
	}
	return sig ? raise(sig) : 0;
}
