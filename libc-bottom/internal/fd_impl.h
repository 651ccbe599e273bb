/* The descriptor layer: descriptor numbers that libc gives a meaning the
   host does not have. A number is either a plain host descriptor (the
   usual case, with no entry here at all) or has a slot pointing to an open
   file description shared with other numbers (after dup) or implemented
   by libc (a pipe end). Every number in use is also open in the host, so
   the host never hands it out again: a libc-only number holds a
   placeholder there (a descriptor for a preopened directory with no
   rights), and of the numbers sharing a host file, one holds the file and
   the others placeholders.

   Programs that never dup, pipe or set FD_CLOEXEC have no slots: every
   lookup is one comparison with __fd_nslots == 0, and the code that
   manages slots is not linked (close.c reaches it through a weak
   reference). */
#ifndef _INTERNAL_FD_IMPL_H
#define _INTERNAL_FD_IMPL_H

#include <errno.h>
#include <stddef.h>
#include <sys/types.h>
#include "libc.h"

struct iovec;
struct stat;
struct __fd_file;

/* What a libc-only file does. `flags` are recv's MSG_PEEK and
   MSG_DONTWAIT (0 for read and write). */
struct __fd_ops {
	ssize_t (*read)(struct __fd_file *, const struct iovec *, int, int flags);
	ssize_t (*write)(struct __fd_file *, const struct iovec *, int, int flags);
	/* The POLLIN/POLLOUT/POLLHUP/POLLERR conditions that hold now. */
	int (*poll)(struct __fd_file *);
	/* Bytes a read would return now (FIONREAD). */
	size_t (*nread)(struct __fd_file *);
	void (*stat)(struct __fd_file *, struct stat *);
	/* The last descriptor for it was closed. */
	void (*release)(struct __fd_file *);
	/* Sockets only (0 for anything else): shutdown's SHUT_RD/SHUT_WR. */
	int (*shutdown)(struct __fd_file *, int how);
};

/* An open file description. */
struct __fd_file {
	int refs;        /* descriptor numbers that refer to it */
	int host;        /* the host descriptor it is, or -1 */
	int flags;       /* status flags of a libc-only file (O_NONBLOCK) */
	const struct __fd_ops *ops; /* libc-only files */
	void *obj;
};

struct __fd_slot {
	struct __fd_file *file;
	int cloexec;
};

extern hidden struct __fd_slot *__fd_slots;
extern hidden size_t __fd_nslots;

static inline struct __fd_file *__fd_file(int fd)
{
	return (size_t)fd < __fd_nslots ? __fd_slots[fd].file : 0;
}

/* The host descriptor behind fd, for the calls only the host can serve.
   For a libc-only file, -1 with errno `err` (what POSIX gives for that
   call on a pipe); for a negative fd, -1 with EBADF. */
static inline int __fd_host(int fd, int err)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->host < 0) {
		errno = err;
		return -1;
	}
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	return f ? f->host : fd;
}

/* Closes a number that has a slot (close.c). */
hidden int __fd_close(int fd) __attribute__((__weak__));

/* A new number at or above `min` sharing fd's open file description. */
hidden int __fd_dup(int fd, int min, int cloexec);

/* Makes `to` share fd's open file description, closing what it was. */
hidden int __fd_dup2(int fd, int to, int cloexec);

/* A new number for a libc-only file with the given operations. */
hidden int __fd_new(const struct __fd_ops *, void *obj, int flags, int cloexec);

hidden int __fd_set_cloexec(int fd, int on);

#endif
