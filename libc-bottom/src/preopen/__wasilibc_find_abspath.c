#include <wasi/libc-find-relpath.h>
#include "preopen.h"

/* Matches `abspath` as given, without the current directory or
   normalising, so that *relative_path can point into it. A relative path
   is taken as if it began with '/'. */
int __wasilibc_find_abspath(const char *abspath, const char **abs_prefix,
                            const char **relative_path)
{
	while (abspath[0] == '.' && abspath[1] == '/')
		abspath += 2;
	return __preopen_match(abspath, relative_path, abs_prefix);
}
