#ifndef _INTERNAL_POLL_IMPL_H
#define _INTERNAL_POLL_IMPL_H

#include <poll.h>
#include "libc.h"

/* poll with the timeout in nanoseconds, negative for none. Host
   descriptors are waited for with one poll_oneoff; libc-only ones (pipe
   ends) are ready or not at once, and a wait that only they could end
   would last forever in a program that has one thread: EDEADLK
   (docs/posix.md). */
hidden int __poll(struct pollfd *, nfds_t, long long timeout);

#endif
