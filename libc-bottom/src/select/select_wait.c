#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include "poll_impl.h"
#include "select_impl.h"

/* Adds the members of set below nfds to the pollfd list, with `events`. */
static void add(struct pollfd *p, size_t *n, const fd_set *set, int nfds, short events)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->__nfds; i++) {
		int fd = set->__fds[i];
		if (fd < 0 || fd >= nfds)
			continue;
		size_t j = 0;
		while (j < *n && p[j].fd != fd)
			j++;
		if (j == *n)
			p[(*n)++] = (struct pollfd){ fd, 0, 0 };
		p[j].events |= events;
	}
}

/* Keeps in set the descriptors whose revents have one of `bits`. */
static int keep(fd_set *set, const struct pollfd *p, size_t n, short bits)
{
	if (!set)
		return 0;
	FD_ZERO(set);
	for (size_t j = 0; j < n; j++)
		if (p[j].revents & bits)
			FD_SET(p[j].fd, set);
	return (int)set->__nfds;
}

/* An exceptional condition would be out-of-band data, which WASI does not
   have: exceptfds never has a member ready. */
hidden int __select(int nfds, fd_set *r, fd_set *w, fd_set *x, long long timeout)
{
	if (nfds < 0 || nfds > FD_SETSIZE) {
		errno = EINVAL;
		return -1;
	}
	size_t max = (r ? r->__nfds : 0) + (w ? w->__nfds : 0), n = 0;
	struct pollfd *p = malloc((max ? max : 1) * sizeof *p);
	if (!p)
		return -1;
	add(p, &n, r, nfds, POLLIN);
	add(p, &n, w, nfds, POLLOUT);
	int got = __poll(p, n, timeout);
	for (size_t j = 0; got > 0 && j < n; j++) {
		if (p[j].revents & POLLNVAL) {
			errno = EBADF;
			got = -1;
		}
	}
	if (got >= 0) {
		got = keep(r, p, n, POLLIN | POLLHUP | POLLERR) + keep(w, p, n, POLLOUT | POLLERR);
		if (x)
			FD_ZERO(x);
	}
	free(p);
	return got;
}
