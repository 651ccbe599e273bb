#include <errno.h>
#include <stdio.h>
#include <unistd.h>

/* C17 7.21.4.1 with POSIX's addition: a directory is removed as by
   rmdir. */
int remove(const char *path)
{
	int r = unlink(path);
	if (r < 0 && errno == EPERM)
		r = rmdir(path);
	return r;
}
