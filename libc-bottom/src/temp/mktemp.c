#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "temp_impl.h"

/* Only a name that does not exist now: another program may take it
   before it is used (mkstemp has no such race). */
static int unused(const char *path, int unused_arg)
{
	struct stat st;
	if (lstat(path, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	return errno == ENOENT ? 0 : -1;
}

char *mktemp(char *tmpl)
{
	if (__mktemp(tmpl, 0, unused, 0) < 0)
		tmpl[0] = 0;
	return tmpl;
}
