#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_struct_timeval
#define __NEED_struct_timespec
#define __NEED_sigset_t
#include <bits/alltypes.h>

#define FD_SETSIZE 1024

/* The established WASI ABI: a list of descriptors, not a bit mask, so
   that any descriptor number fits; the first __nfds entries are the
   members. */
typedef struct {
	size_t __nfds;
	int __fds[FD_SETSIZE];
} fd_set;

static __inline void __fd_clr(int __fd, fd_set *__set)
{
	size_t __i;
	for (__i = 0; __i < __set->__nfds; __i++) {
		if (__set->__fds[__i] == __fd) {
			__set->__fds[__i] = __set->__fds[--__set->__nfds];
			return;
		}
	}
}

static __inline int __fd_isset(int __fd, const fd_set *__set)
{
	size_t __i;
	for (__i = 0; __i < __set->__nfds; __i++)
		if (__set->__fds[__i] == __fd)
			return 1;
	return 0;
}

static __inline void __fd_set(int __fd, fd_set *__set)
{
	if (!__fd_isset(__fd, __set) && __set->__nfds < FD_SETSIZE)
		__set->__fds[__set->__nfds++] = __fd;
}

static __inline void __fd_copy(const fd_set *__from, fd_set *__to)
{
	size_t __i;
	__to->__nfds = __from->__nfds;
	for (__i = 0; __i < __from->__nfds; __i++)
		__to->__fds[__i] = __from->__fds[__i];
}

#define FD_ZERO(set) ((void)((set)->__nfds = 0))
#define FD_SET(fd, set) __fd_set((fd), (set))
#define FD_CLR(fd, set) __fd_clr((fd), (set))
#define FD_ISSET(fd, set) __fd_isset((fd), (set))
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#define FD_COPY(from, to) __fd_copy((from), (to))
#endif

int select(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict, struct timeval *__restrict);
int pselect(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
            const struct timespec *__restrict, const sigset_t *__restrict);

#ifdef __cplusplus
}
#endif

#endif
