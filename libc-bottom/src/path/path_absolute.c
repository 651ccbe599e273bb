#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "path.h"

/* ".." of "/" is "/" (POSIX.1-2017 4.13). The result is lexical: a ".."
   after a symbolic link goes back over the link's name, as the shell's
   logical `cd` does, because the namespace of preopens exists only as
   names (see docs/posix.md). */
hidden char *__path_absolute(const char *path)
{
	const char *cwd = path[0] == '/' || !__cwd ? "" : __cwd;
	size_t cl = strlen(cwd), pl = strlen(path);
	if (pl >= PATH_MAX || cl + pl + 2 > 2 * PATH_MAX) {
		errno = ENAMETOOLONG;
		return 0;
	}
	char *out = malloc(cl + pl + 3);
	if (!out)
		return 0;
	size_t n = 0;
	int dir = 0; /* the last component requires a directory */
	for (int part = 0; part < 2; part++) {
		const char *s = part ? path : cwd;
		while (*s) {
			while (*s == '/')
				s++;
			const char *e = s;
			while (*e && *e != '/')
				e++;
			size_t len = (size_t)(e - s);
			if (!len) {
				dir = part && s != path;
				break;
			}
			dir = *e == '/';
			if (len == 1 && s[0] == '.') {
				dir = 1;
			} else if (len == 2 && s[0] == '.' && s[1] == '.') {
				while (n > 0 && out[--n] != '/')
					;
				dir = 1;
			} else {
				out[n++] = '/';
				memcpy(out + n, s, len);
				n += len;
			}
			s = e;
		}
	}
	if (n == 0)
		out[n++] = '/';
	else if (dir)
		out[n++] = '/';
	out[n] = 0;
	if (n >= PATH_MAX) {
		free(out);
		errno = ENAMETOOLONG;
		return 0;
	}
	return out;
}
