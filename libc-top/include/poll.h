#ifndef _POLL_H
#define _POLL_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_time_t
#define __NEED_struct_timespec
#define __NEED_sigset_t
#include <bits/alltypes.h>

/* The established WASI ABI's values. WASI has no out-of-band data:
   POLLPRI, POLLRDBAND and POLLWRBAND are accepted and never reported. */
#define POLLRDNORM 0x1
#define POLLWRNORM 0x2
#define POLLIN     POLLRDNORM
#define POLLOUT    POLLWRNORM
#define POLLPRI    0x4
#define POLLRDBAND 0x8
#define POLLWRBAND 0x10
#define POLLERR    0x1000
#define POLLHUP    0x2000
#define POLLNVAL   0x4000

typedef unsigned long nfds_t;

struct pollfd {
	int fd;
	short events;
	short revents;
};

int poll(struct pollfd *, nfds_t, int);

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int ppoll(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
#endif

#ifdef __cplusplus
}
#endif

#endif
