#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "path.h"

/* The current directory is a path that relative paths are joined to
   (docs/posix.md): changing it checks that the path names a directory and
   records its normalised form. */
int chdir(const char *path)
{
	if (!*path) {
		errno = ENOENT;
		return -1;
	}
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	char *abs = __path_absolute(path);
	if (!abs)
		return -1;
	size_t n = strlen(abs);
	if (n > 1 && abs[n - 1] == '/')
		abs[n - 1] = 0;
	free(__cwd);
	__cwd = abs;
	return 0;
}
