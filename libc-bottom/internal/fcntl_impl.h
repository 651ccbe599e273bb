#ifndef _INTERNAL_FCNTL_IMPL_H
#define _INTERNAL_FCNTL_IMPL_H

#include "libc.h"

/* F_GETFL and F_SETFL, shared with ioctl(FIONBIO). */
hidden int __fcntl_getfl(int fd);
hidden int __fcntl_setfl(int fd, int flags);

#endif
