#ifndef _INTERNAL_IO_IMPL_H
#define _INTERNAL_IO_IMPL_H

#include <sys/uio.h>
#include "libc.h"

/* The errors of read and write on a host descriptor: the host says EBADF
   or ENOTCAPABLE both for a descriptor not open for that direction (POSIX
   EBADF) and for a directory (POSIX EISDIR). Returns -1. */
hidden int __io_fail(int fd, int e);

/* Checks an iovec array as readv/writev must (EINVAL). */
hidden int __iov_check(const struct iovec *, int);

/* fd_read/fd_write/fd_pread/fd_pwrite over several buffers. Some hosts
   (wasmtime) move only the first buffer per call; the rest is moved by
   further calls, so that a regular file is read or written whole as
   POSIX requires. A stream stops at the first short transfer, a read
   from one too (more may never come). `off` is -1 for the current
   offset. Returns the bytes moved, or -1 with errno if the first call
   failed. */
hidden ssize_t __io_vec(int fd, const struct iovec *, int n, int write, long long off);

#endif
