#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* SIGKILL and SIGSTOP cannot be blocked; unblocking a pending signal
   delivers it before sigprocmask returns (POSIX). */
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	if (old)
		__sig_to_set(__sig.blocked, old);
	if (!set)
		return 0;
	uint64_t m = __sig_from_set(set);
	switch (how) {
	case SIG_BLOCK:
		__sig.blocked |= m;
		break;
	case SIG_UNBLOCK:
		__sig.blocked &= ~m;
		break;
	case SIG_SETMASK:
		__sig.blocked = m;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	__sig.blocked &= ~(__SIG_BIT(SIGKILL) | __SIG_BIT(SIGSTOP));
	__sig_flush();
	return 0;
}
