#ifndef _INTERNAL_SELECT_IMPL_H
#define _INTERNAL_SELECT_IMPL_H

#include <sys/select.h>
#include "libc.h"

/* select with the timeout in nanoseconds, negative for none, through
   __poll. */
hidden int __select(int, fd_set *, fd_set *, fd_set *, long long timeout);

#endif
