#include <wasi/libc-find-relpath.h>

int __wasilibc_find_relpath(const char *path, const char **abs_prefix,
                            char **relative_path, size_t relative_path_len)
{
	return __wasilibc_find_relpath_alloc(path, abs_prefix, relative_path, &relative_path_len, 0);
}
