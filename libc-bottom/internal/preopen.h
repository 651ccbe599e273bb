/* The table of preopened directories, through which every path is opened. */
#ifndef _INTERNAL_PREOPEN_H
#define _INTERNAL_PREOPEN_H

#include <stddef.h>
#include "libc.h"

/* Finds the preopen under which `path` lives. Returns its descriptor and
   sets *rel to the path relative to it (never empty: "." for the preopen
   itself), or returns -1 with errno ENOENT (no preopen matches) or
   ENOMEM. */
int __wasilibc_find_relpath(const char *path, const char **abs_prefix,
                            char **relative_path, size_t relative_path_len);

/* The same, for callers that have no buffer: *rel points into `path`. */
int __wasilibc_find_abspath(const char *path, const char **abs_prefix,
                            const char **relative_path);

#endif
