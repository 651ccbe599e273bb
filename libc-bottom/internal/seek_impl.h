#ifndef _INTERNAL_SEEK_IMPL_H
#define _INTERNAL_SEEK_IMPL_H

#include "libc.h"

/* The errors of the positioned calls (lseek, pread, pwrite,
   posix_fallocate, posix_fadvise): a terminal, socket or other stream
   cannot seek (POSIX ESPIPE), where hosts report EBADF, ENOTCAPABLE or
   ESPIPE; a directory gives EISDIR to pread and pwrite. */
hidden int __seek_fail(int fd, int e, int dir_error);

#endif
