#include <stdlib.h>
#include <string.h>
#include "remove_impl.h"
#include "syscall.h"

/* `path` is what the caller gave, whose last component decides EINVAL
   (".") and ENOTEMPTY (".."): the resolved `rel` no longer has them. */
hidden int __rmdir_host(int dirfd, const char *path, const char *rel)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	const char *last = path + n;
	while (last > path && last[-1] != '/')
		last--;
	size_t len = (size_t)(path + n - last);
	if (len == 1 && last[0] == '.') {
		errno = EINVAL;
		return -1;
	}
	if (len == 2 && last[0] == '.' && last[1] == '.') {
		errno = ENOTEMPTY;
		return -1;
	}
	if (!strcmp(rel, ".")) {
		errno = EBUSY;
		return -1;
	}
	/* wasmtime refuses "dir/", which names the same directory. */
	char *copy = 0;
	size_t rl = strlen(rel);
	if (rl > 1 && rel[rl - 1] == '/') {
		copy = strdup(rel);
		if (!copy)
			return -1;
		while (rl > 1 && copy[rl - 1] == '/')
			copy[--rl] = 0;
		rel = copy;
	}
	__wasi_errno_t e = __wasi_path_remove_directory(dirfd, rel);
	free(copy);
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
