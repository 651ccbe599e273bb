#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "path.h"

/* With buf null, the result is allocated: of `size` bytes, or as many as
   needed when size is 0 (the extension glibc and musl share). */
char *getcwd(char *buf, size_t size)
{
	const char *cwd = __cwd ? __cwd : "/";
	size_t n = strlen(cwd) + 1;
	if (!buf && !size)
		size = n;
	if (!size) {
		errno = EINVAL;
		return 0;
	}
	if (n > size) {
		errno = ERANGE;
		return 0;
	}
	if (!buf && !(buf = malloc(size)))
		return 0;
	return memcpy(buf, cwd, n);
}
