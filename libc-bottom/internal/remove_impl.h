#ifndef _INTERNAL_REMOVE_IMPL_H
#define _INTERNAL_REMOVE_IMPL_H

#include "libc.h"

/* unlink and rmdir relative to a host directory, with their POSIX errors:
   unlink of a directory is EPERM, rmdir of "." EINVAL, of ".." ENOTEMPTY,
   of a preopened directory itself EBUSY. */
hidden int __unlink_host(int dirfd, const char *rel);
hidden int __rmdir_host(int dirfd, const char *path, const char *rel);

#endif
