#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "path.h"
#include "preopen.h"

hidden int __path_is_virtual(int dirfd, const char *path)
{
	if (!*path || (path[0] != '/' && dirfd != AT_FDCWD))
		return 0;
	int saved = errno;
	char *abs = __path_absolute(path);
	int yes = abs && __preopen_is_ancestor(abs);
	free(abs);
	errno = saved;
	return yes;
}
