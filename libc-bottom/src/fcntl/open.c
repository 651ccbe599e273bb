#include <fcntl.h>
#include <limits.h>
#include "preopen.h"

int open(const char *path, int oflag, ...)
{
	const char *prefix, *rel;
	int dirfd = __wasilibc_find_abspath(path, &prefix, &rel);
	if (dirfd < 0)
		return -1;
	return openat(dirfd, rel, oflag);
}
