/* The table of preopened directories, through which every path is opened.
   Each preopen has a normalised absolute name ("/tmp"; "/" for a host
   directory given as "."): a relative name is taken relative to the
   initial working directory, which is "/". */
#ifndef _INTERNAL_PREOPEN_H
#define _INTERNAL_PREOPEN_H

#include <stddef.h>
#include "libc.h"

void __wasilibc_populate_preopens(void);

/* The preopen with the longest name that is a leading part (whole
   components) of `path`, a normalised path taken as absolute whether or
   not it starts with '/': returns its descriptor, points *rel at the rest
   of `path` ("." when nothing is left) and, if `name` is not null, *name
   at the preopen's name. Without a match, -1 with errno ENOENT. */
hidden int __preopen_match(const char *path, const char **rel, const char **name);

/* The i-th preopen's name and descriptor, or 0 past the end. */
hidden const char *__preopen_get(size_t i, int *fd);

/* Whether `abs` (normalised, absolute) names a directory that exists only
   as an ancestor of preopens, such as "/" above "/tmp". */
hidden int __preopen_is_ancestor(const char *abs);

#endif
