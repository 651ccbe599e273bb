#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"

FILE *fopen(const char *restrict name, const char *restrict mode)
{
	int flags = __fmodeflags(mode), fd;
	FILE *f;

	if (flags < 0)
		return 0;
	fd = open(name, flags, 0666);
	if (fd < 0)
		return 0;
	f = __fdopen_flags(fd, flags);
	if (!f)
		close(fd);
	return f;
}

/* The large-file name: off_t is 64 bits already. */
#undef fopen64
weak_alias(fopen, fopen64);
