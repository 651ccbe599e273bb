#ifndef _INTERNAL_SOCKET_IMPL_H
#define _INTERNAL_SOCKET_IMPL_H

#include <sys/socket.h>
#include "libc.h"

/* Checks that fd is a socket: a host one (returns its host descriptor)
   or a socket pair end (returns -2, with *file set). -1 with errno EBADF
   or ENOTSOCK otherwise. */
struct __fd_file;
hidden int __socket_fd(int fd, struct __fd_file **file);

/* The host's answer for a socket call, made POSIX's: a descriptor that
   is not a socket is ENOTSOCK whatever the host said. Returns -1. */
hidden int __socket_fail(int hostfd, int e);

struct iovec;

/* What recv and send check first: flags outside `allowed` are
   EOPNOTSUPP (POSIX's error for an unsupported flag), then the buffers,
   then that fd is a socket (as __socket_fd, whose -2 for a socket pair
   end it passes on). For a host socket with MSG_DONTWAIT, it waits for
   nothing: EAGAIN unless the socket is ready for `events` (POLLIN or
   POLLOUT) now. Returns the host descriptor, -2, or -1 with errno. */
hidden int __socket_io(int fd, const struct iovec *, int n, int flags, int allowed,
                       short events, struct __fd_file **file);

/* recv and send over buffers, for all their forms. *trunc (recv) is set
   when a datagram did not fit. With the peer's address unknown to WASI,
   the callers fill in what there is: AF_UNIX for a socket pair end. */
hidden ssize_t __recv(int fd, const struct iovec *, int n, int flags, int *trunc, int *local);
hidden ssize_t __send(int fd, const struct iovec *, int n, int flags);

#endif
