#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old)
{
	if (sig < 1 || sig >= _NSIG || (act && (sig == SIGKILL || sig == SIGSTOP))) {
		errno = EINVAL;
		return -1;
	}
	if (old)
		*old = __sig.act[sig];
	if (act) {
		__sig.act[sig] = *act;
		/* Setting SIG_IGN discards a pending instance (POSIX). */
		if (act->sa_handler == SIG_IGN)
			__sig.pending &= ~__SIG_BIT(sig);
	}
	return 0;
}
