/* Turning a path into what the host takes: a directory descriptor and a
   path relative to it, with the current directory applied. */
#ifndef _INTERNAL_PATH_H
#define _INTERNAL_PATH_H

#include <stdlib.h>
#include "libc.h"

/* The current directory: a normalised absolute path, or 0 for "/". */
extern hidden char *__cwd;

struct __path {
	int fd;          /* host directory descriptor */
	const char *rel; /* path relative to it, never empty, never absolute */
	char *buf;       /* storage behind rel when it had to be built */
};

/* Resolves `path` as the *at functions do: an absolute path, or any path
   with dirfd == AT_FDCWD, goes through the current directory and the
   preopens; any other relative path is taken relative to dirfd. Returns 0,
   or -1 with errno (ENOENT for "" or for a path under no preopen,
   ENAMETOOLONG, ENOMEM, EBADF). Release with __path_done. */
hidden int __path_resolve(int dirfd, const char *path, struct __path *);

static inline void __path_done(struct __path *p)
{
	free(p->buf);
}

/* Writes the normalised absolute form of `path` (relative to the current
   directory) into a new string: no "." or ".." components, no repeated or
   trailing '/', except that a path that must name a directory ("a/",
   "a/.") keeps one trailing '/'. Returns 0 with errno ENAMETOOLONG or
   ENOMEM. */
hidden char *__path_absolute(const char *path);

/* Whether `path` (as the *at functions take it) names a directory that
   exists only as an ancestor of preopens, such as "/" above "/tmp": no
   host file is behind it. Leaves errno alone. */
hidden int __path_is_virtual(int dirfd, const char *path);

/* Notes the path a descriptor was opened with, for fchdir, which WASI
   cannot otherwise answer (a directory descriptor does not reach its
   parent). Defined with fchdir, so that only programs that use fchdir
   keep the notes: openat calls it through this weak reference. */
hidden void __path_note(int fd, int dirfd, const char *path) __attribute__((__weak__));

#endif
