#ifndef _INTERNAL_OPEN_IMPL_H
#define _INTERNAL_OPEN_IMPL_H

#include "libc.h"

/* open(2) for a path relative to a host directory descriptor: the one
   place that turns open flags into WASI rights and flags. */
hidden int __open_host(int dirfd, const char *rel, int oflag);

#endif
