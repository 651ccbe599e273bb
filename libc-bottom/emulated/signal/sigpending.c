#include <signal.h>
#include "signal_impl.h"

int sigpending(sigset_t *set)
{
	__sig_to_set(__sig.pending, set);
	return 0;
}
