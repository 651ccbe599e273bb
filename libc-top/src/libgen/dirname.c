#include <libgen.h>
#include <string.h>

/* POSIX dirname: path without its last component and the slashes before
   it (cut in place); "." when there is no slash, "/" when only the root
   is left. */
char *dirname(char *path)
{
	static char dot[] = ".", slash[] = "/";
	if (!path || !*path)
		return dot;
	size_t end = strlen(path);
	while (end > 1 && path[end - 1] == '/')
		end--;
	while (end && path[end - 1] != '/')
		end--;
	if (!end)
		return dot;
	while (end > 1 && path[end - 1] == '/')
		end--;
	if (end == 1 && path[0] == '/')
		return slash;
	path[end] = 0;
	return path;
}
