#define _WASI_EMULATED_SIGNAL
#include <errno.h>
#include <signal.h>
#include "pthread_impl.h"

/* Signals are -lwasi-emulated-signal's emulation, which a program that
   sends one links (<signal.h> demands it); the only thread is the whole
   process, so the signal is raised in it, its handler running before
   pthread_kill returns unless the signal is blocked. Signal 0 only
   checks. */
int pthread_kill(pthread_t t, int sig)
{
	if (!__thread_valid(t))
		return ESRCH;
	if (sig < 0 || sig >= _NSIG)
		return EINVAL;
	if (sig)
		raise(sig);
	return 0;
}
