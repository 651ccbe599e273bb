#include <errno.h>
#include <stdio.h>
#include <unistd.h>

/* POSIX remove: unlink for a file, rmdir for a directory. */
int remove(const char *path)
{
	int r = unlink(path);

	if (r && (errno == EISDIR || errno == EPERM))
		r = rmdir(path);
	return r;
}
