#ifndef _INTERNAL_STAT_IMPL_H
#define _INTERNAL_STAT_IMPL_H

#include <sys/stat.h>
#include <wasi/api.h>
#include "libc.h"

/* Fills a struct stat from WASI's filestat. WASI has no permissions or
   owners: see docs/posix.md for the modes reported. */
hidden void __wasi_to_stat(const __wasi_filestat_t *in, struct stat *out);

/* The mode bits a file of this WASI type reports. */
hidden mode_t __wasi_mode(__wasi_filetype_t type);

struct statvfs;

/* Fills a struct statvfs for the file system holding a file. */
hidden void __statvfs_fill(struct statvfs *, const struct stat *);

#endif
