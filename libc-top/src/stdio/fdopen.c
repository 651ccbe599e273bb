#include <fcntl.h>
#include "stdio_impl.h"

FILE *fdopen(int fd, const char *mode)
{
	int flags = __fmodeflags(mode), fl;

	if (flags < 0)
		return 0;
	fl = fcntl(fd, F_GETFL);
	if (fl < 0)
		return 0;
	/* POSIX fdopen: "a" does not reopen the file, so the descriptor is
	   put into append mode for the writes to go to the end. */
	if ((flags & O_APPEND) && !(fl & O_APPEND) && fcntl(fd, F_SETFL, fl | O_APPEND) < 0)
		return 0;
	return __fdopen_flags(fd, flags);
}
