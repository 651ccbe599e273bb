/* The signal emulation's state: handlers, mask and pending signals. */
#ifndef _INTERNAL_SIGNAL_IMPL_H
#define _INTERNAL_SIGNAL_IMPL_H

#include <signal.h>
#include <stdint.h>
#include "libc.h"

struct __sigstate {
	struct sigaction act[_NSIG];
	uint64_t blocked;   /* bit sig - 1 */
	uint64_t pending;
};

extern hidden struct __sigstate __sig;

/* Runs the action of sig now (it is not blocked). */
hidden void __sig_deliver(int sig);

/* Delivers the pending signals that are no longer blocked. */
hidden void __sig_flush(void);

/* Converting between sigset_t and the 64-bit masks above: a signal that
   does not fit in sigset_t cannot be named in one. */
hidden uint64_t __sig_from_set(const sigset_t *);
hidden void __sig_to_set(uint64_t, sigset_t *);

#define __SIG_BIT(sig) ((uint64_t)1 << ((sig) - 1))

#endif
