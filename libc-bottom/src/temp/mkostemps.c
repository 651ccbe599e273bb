#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "temp_impl.h"

static int make(const char *path, int flags)
{
	return open(path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}

int mkostemps(char *tmpl, int suffix, int flags)
{
	if (flags & ~(O_APPEND | O_CLOEXEC | O_SYNC | O_DSYNC | O_RSYNC | O_NONBLOCK)) {
		errno = EINVAL;
		return -1;
	}
	return __mktemp(tmpl, suffix, make, flags);
}
