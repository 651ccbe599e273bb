#include <errno.h>
#include <fcntl.h>
#include "stdio_impl.h"

/* C11 7.21.5.3 and POSIX fopen: "r", "w" or "a", then any of '+' (update),
   'b' (binary: no effect), 'x' (exclusive creation) and 'e' (close on
   exec); anything after them is ignored, as glibc ignores ",ccs=". */
int __fmodeflags(const char *mode)
{
	int flags;

	switch (*mode) {
	case 'r':
		flags = O_RDONLY;
		break;
	case 'w':
		flags = O_WRONLY | O_CREAT | O_TRUNC;
		break;
	case 'a':
		flags = O_WRONLY | O_CREAT | O_APPEND;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	for (mode++; *mode; mode++) {
		if (*mode == '+')
			flags = (flags & ~O_ACCMODE) | O_RDWR;
		else if (*mode == 'x' && (flags & O_CREAT))
			flags |= O_EXCL;
		else if (*mode == 'e')
			flags |= O_CLOEXEC;
		else if (*mode != 'b')
			break;
	}
	return flags;
}
