#include <ftw.h>
#include "libc.h"

/* ftw is nftw following symbolic links, with a callback that takes no
   struct FTW. POSIX does not require ftw to be reentrant; a walk started
   from inside a callback still works, as the outer callback is put
   back. */
static int (*outer)(const char *, const struct stat *, int);

static int call(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	return outer(path, st, type);
}

int ftw(const char *path, int (*fn)(const char *, const struct stat *, int), int fd_limit)
{
	int (*saved)(const char *, const struct stat *, int) = outer;
	outer = fn;
	int r = nftw(path, call, fd_limit, 0);
	outer = saved;
	return r;
}

weak_alias(ftw, ftw64);
