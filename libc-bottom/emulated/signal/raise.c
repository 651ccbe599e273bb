#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* The handler runs before raise returns (C17 7.14.2.1); a blocked signal
   waits until it is unblocked. */
int raise(int sig)
{
	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return -1;
	}
	if (__sig.blocked & __SIG_BIT(sig)) {
		if (__sig.act[sig].sa_handler != SIG_IGN)
			__sig.pending |= __SIG_BIT(sig);
		return 0;
	}
	__sig_deliver(sig);
	return 0;
}
