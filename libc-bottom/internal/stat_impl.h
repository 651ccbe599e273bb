#ifndef _INTERNAL_STAT_IMPL_H
#define _INTERNAL_STAT_IMPL_H

#include <sys/stat.h>
#include <wasi/api.h>
#include "libc.h"

/* Fills a struct stat from WASI's filestat. WASI has no permissions: files
   read as 0644 and directories as 0755 (owner-writable, world-readable), so
   that programs checking mode bits see a usable file. */
hidden void __wasi_to_stat(const __wasi_filestat_t *in, struct stat *out);

#endif
