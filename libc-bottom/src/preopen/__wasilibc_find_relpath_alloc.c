#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wasi/libc-find-relpath.h>
#include "path.h"
#include "preopen.h"

int __wasilibc_find_relpath_alloc(const char *path, const char **abs_prefix,
                                  char **relative_path, size_t *relative_path_len,
                                  int can_realloc)
{
	if (!*path) {
		errno = ENOENT;
		return -1;
	}
	char *abs = __path_absolute(path);
	if (!abs)
		return -1;
	const char *rel;
	int fd = __preopen_match(abs, &rel, abs_prefix);
	size_t n = fd < 0 ? 0 : strlen(rel) + 1;
	if (fd >= 0 && n > *relative_path_len) {
		char *b = can_realloc ? realloc(*relative_path, n) : 0;
		if (!b) {
			errno = can_realloc ? ENOMEM : ERANGE;
			fd = -1;
		} else {
			*relative_path = b;
			*relative_path_len = n;
		}
	}
	if (fd >= 0)
		memcpy(*relative_path, rel, n);
	free(abs);
	return fd;
}
