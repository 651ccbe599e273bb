#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "fd_impl.h"
#include "poll_impl.h"
#include "syscall.h"

#define IN (POLLIN | POLLRDNORM | POLLRDBAND | POLLPRI)
#define OUT (POLLOUT | POLLWRNORM | POLLWRBAND)
#define CLOCK_EVENT UINT64_MAX

/* The subscriptions for the host descriptors among fds; the others get
   their revents now. Returns the number of subscriptions, and in *ready
   the number of descriptors already ready. */
static size_t subscribe(struct pollfd *fds, nfds_t n, __wasi_subscription_t *sub, int *ready)
{
	size_t k = 0;
	*ready = 0;
	for (nfds_t i = 0; i < n; i++) {
		struct pollfd *p = &fds[i];
		p->revents = 0;
		if (p->fd < 0)
			continue;
		struct __fd_file *f = __fd_file(p->fd);
		if (f && f->ops) {
			int now = f->ops->poll(f);
			p->revents = (short)(((now & POLLIN) && (p->events & IN) ? p->events & (POLLIN | POLLRDNORM) : 0)
			             | ((now & POLLOUT) && (p->events & OUT) ? p->events & (POLLOUT | POLLWRNORM) : 0)
			             | (now & (POLLHUP | POLLERR)));
			*ready += p->revents != 0;
			continue;
		}
		int h = f ? f->host : p->fd;
		/* Regular files are always ready (POSIX), which hosts do not all
		   say (Node fails the call; wasmtime reports a hang-up at the end
		   of the file): they are answered here, as is a bad descriptor
		   and one with nothing to wait for. */
		int type = __wasi_fd_type(h);
		if (type < 0 || type == __WASI_FILETYPE_REGULAR_FILE || type == __WASI_FILETYPE_DIRECTORY
		    || type == __WASI_FILETYPE_BLOCK_DEVICE || !(p->events & (IN | OUT))) {
			p->revents = type < 0 ? POLLNVAL
			             : type == __WASI_FILETYPE_REGULAR_FILE || type == __WASI_FILETYPE_DIRECTORY
			               || type == __WASI_FILETYPE_BLOCK_DEVICE
			             ? p->events & (POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM) : 0;
			*ready += p->revents != 0;
			continue;
		}
		if (p->events & IN) {
			sub[k].userdata = 2 * (uint64_t)i;
			sub[k].u.tag = __WASI_EVENTTYPE_FD_READ;
			sub[k++].u.u.fd_read.file_descriptor = (__wasi_fd_t)h;
		}
		if (p->events & OUT) {
			sub[k].userdata = 2 * (uint64_t)i + 1;
			sub[k].u.tag = __WASI_EVENTTYPE_FD_WRITE;
			sub[k++].u.u.fd_write.file_descriptor = (__wasi_fd_t)h;
		}
	}
	return k;
}

/* A host that fails the whole call for one bad descriptor (wasmtime):
   mark the bad ones POLLNVAL and drop their subscriptions. Returns whether
   there were any. */
static int drop_invalid(struct pollfd *fds, __wasi_subscription_t *sub, size_t *k)
{
	int bad = 0;
	size_t j = 0;
	for (size_t i = 0; i < *k; i++) {
		if (__wasi_fd_type((int)sub[i].u.u.fd_read.file_descriptor) < 0) {
			fds[sub[i].userdata / 2].revents = POLLNVAL;
			bad = 1;
		} else {
			sub[j++] = sub[i];
		}
	}
	*k = j;
	return bad;
}

/* Records the events in fds' revents and drops their subscriptions.
   Returns how many descriptor events there were. */
static int record(struct pollfd *fds, const __wasi_event_t *ev, __wasi_size_t got,
                  __wasi_subscription_t *sub, size_t *k)
{
	int seen = 0;
	for (__wasi_size_t i = 0; i < got; i++) {
		if (ev[i].userdata == CLOCK_EVENT)
			continue;
		seen++;
		struct pollfd *p = &fds[ev[i].userdata / 2];
		int write = ev[i].userdata & 1;
		if (ev[i].error == __WASI_ERRNO_BADF)
			p->revents |= POLLNVAL;
		else if (ev[i].error)
			p->revents |= POLLERR;
		else
			p->revents |= p->events & (write ? POLLOUT | POLLWRNORM : POLLIN | POLLRDNORM);
		if (ev[i].fd_readwrite.flags & __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP)
			p->revents |= POLLHUP;
		size_t j = 0;
		for (size_t s = 0; s < *k; s++)
			if (sub[s].userdata != ev[i].userdata)
				sub[j++] = sub[s];
		*k = j;
	}
	return seen;
}

hidden int __poll(struct pollfd *fds, nfds_t n, long long timeout)
{
	if (n > (nfds_t)(SIZE_MAX / 2 / sizeof(__wasi_subscription_t)) - 1) {
		errno = EINVAL;
		return -1;
	}
	__wasi_subscription_t *sub = malloc((2 * n + 1) * sizeof *sub);
	__wasi_event_t *ev = malloc((2 * n + 1) * sizeof *ev);
	int ready, r = -1;
	if (!sub || !ev)
		goto out;
	size_t k = subscribe(fds, n, sub, &ready);
	if (ready)
		timeout = 0;
	if (k == 0 && timeout < 0) {
		errno = EDEADLK;
		goto out;
	}
	/* Some hosts (wasmtime) report one ready descriptor per call: after
	   the wait, the others are asked for again without waiting, until no
	   more are ready. Some (Node) end a wait a little before its timeout:
	   the time is measured, and what is left of it waited again, as POSIX
	   asks for at least the timeout. */
	long long wanted = timeout;
	__wasi_timestamp_t start = 0, now;
	int timed = timeout > 0 && !__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &start);
	while (k > 0 || timeout > 0) {
		size_t total = k;
		if (timeout >= 0) {
			sub[total].userdata = CLOCK_EVENT;
			sub[total].u.tag = __WASI_EVENTTYPE_CLOCK;
			sub[total].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
			sub[total].u.u.clock.timeout = (__wasi_timestamp_t)timeout;
			sub[total].u.u.clock.precision = 0;
			sub[total++].u.u.clock.flags = 0;
		}
		__wasi_size_t got;
		__wasi_errno_t e = __wasi_poll_oneoff(sub, ev, total, &got);
		if (e == __WASI_ERRNO_BADF && drop_invalid(fds, sub, &k)) {
			timeout = 0;
			continue;
		}
		if (e) {
			__wasi_fail(e);
			goto out;
		}
		if (!record(fds, ev, got, sub, &k)) {
			if (timed && timeout > 0 && !__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &now)
			    && now - start < (__wasi_timestamp_t)wanted) {
				timeout = wanted - (long long)(now - start);
				continue;
			}
			break;
		}
		timeout = 0;
	}
	r = 0;
	for (nfds_t i = 0; i < n; i++)
		r += fds[i].revents != 0;
out:
	free(sub);
	free(ev);
	return r;
}
