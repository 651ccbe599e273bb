#include <signal.h>

/* BSD semantics, as glibc and musl give signal(): the handler stays
   installed and the signal is blocked while it runs. */
void (*signal(int sig, void (*h)(int)))(int)
{
	struct sigaction sa = { .sa_flags = SA_RESTART }, old;
	sa.sa_handler = h;
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}
