#define _GNU_SOURCE
#include <signal.h>

/* System V semantics: the handler is reset to SIG_DFL when it runs, and
   the signal is not blocked meanwhile. */
void (*__sysv_signal(int sig, void (*h)(int)))(int)
{
	struct sigaction sa = { .sa_flags = SA_RESETHAND | SA_NODEFER }, old;
	sa.sa_handler = h;
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}
