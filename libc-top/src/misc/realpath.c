#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Resolves one component at a time from the root: "." is dropped, ".."
   goes up (after symbolic links before it are resolved), a symbolic link
   is replaced by its target (from the root if absolute), at most
   SYMLOOP_MAX times. Every component must exist. */
char *realpath(const char *restrict path, char *restrict resolved)
{
	char out[PATH_MAX], rest[PATH_MAX], link[PATH_MAX];
	size_t n = 0;
	int links = 0;
	if (!path) {
		errno = EINVAL;
		return 0;
	}
	if (!*path) {
		errno = ENOENT;
		return 0;
	}
	size_t pl = strnlen(path, PATH_MAX);
	if (pl >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return 0;
	}
	if (path[0] != '/') {
		if (!getcwd(out, sizeof out))
			return 0;
		n = strlen(out);
		if (n == 1)
			n = 0;
	}
	memcpy(rest, path, pl + 1);
	char *p = rest;
	out[n] = 0;
	while (*p) {
		while (*p == '/')
			p++;
		char *e = p;
		while (*e && *e != '/')
			e++;
		size_t len = (size_t)(e - p);
		if (len == 0)
			break;
		if (len == 1 && p[0] == '.') {
			p = e;
			continue;
		}
		if (len == 2 && p[0] == '.' && p[1] == '.') {
			while (n > 0 && out[--n] != '/')
				;
			out[n] = 0;
			p = e;
			continue;
		}
		if (n + 1 + len >= sizeof out) {
			errno = ENAMETOOLONG;
			return 0;
		}
		size_t at = n;
		out[n++] = '/';
		memcpy(out + n, p, len);
		n += len;
		out[n] = 0;
		p = e;
		struct stat st;
		if (lstat(out, &st) < 0)
			return 0;
		if (S_ISLNK(st.st_mode)) {
			if (++links > SYMLOOP_MAX) {
				errno = ELOOP;
				return 0;
			}
			ssize_t k = readlink(out, link, sizeof link - 1);
			if (k < 0)
				return 0;
			size_t tail = strlen(p);
			if ((size_t)k + tail + 1 >= sizeof rest) {
				errno = ENAMETOOLONG;
				return 0;
			}
			/* The rest of the path becomes the target then what was
			   left; an absolute target starts again from the root. */
			memmove(rest + k, p, tail + 1);
			memcpy(rest, link, (size_t)k);
			p = rest;
			n = link[0] == '/' ? 0 : at;
			out[n] = 0;
		} else if (*p && !S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			return 0;
		}
	}
	if (n == 0)
		out[n++] = '/';
	out[n] = 0;
	if (!resolved)
		return strdup(out);
	return memcpy(resolved, out, n + 1);
}
