#include <libgen.h>
#include <string.h>
#include "libc.h"

/* POSIX basename: the last component of path, with trailing slashes
   removed (in place); "." for a null or empty path, "/" for a path of
   slashes only. */
char *basename(char *path)
{
	static char dot[] = ".", slash[] = "/";
	if (!path || !*path)
		return dot;
	size_t end = strlen(path);
	while (end > 1 && path[end - 1] == '/')
		end--;
	if (end == 1 && path[0] == '/')
		return slash;
	path[end] = 0;
	char *last = strrchr(path, '/');
	return last ? last + 1 : path;
}

weak_alias(basename, __xpg_basename);
