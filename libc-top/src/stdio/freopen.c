#include <fcntl.h>
#include <stdlib.h>
#include "stdio_impl.h"

FILE *freopen(const char *restrict name, const char *restrict mode, FILE *restrict f)
{
	int flags = __fmodeflags(mode), fd = -1;

	FLOCK(f);
	fd_stream_ops(f);
	__fflush_stream(f);
	if (name) {
		/* C11 7.21.5.4p4: the old file is closed first, and a failure
		   to close it is ignored. */
		if (f->close)
			f->close(f);
		f->close = 0;
		if (flags >= 0)
			fd = open(name, flags, 0666);
	} else if (flags >= 0 && f->close == __stdio_close
		   && fcntl(f->fd, F_SETFL, flags) >= 0) {
		/* POSIX: a null name changes the mode of the file already
		   open, as far as fcntl can change it (the append flag). */
		fd = f->fd;
	}
	FUNLOCK(f);
	if (fd < 0) {
		/* The stream is closed, as C requires on failure. */
		fclose(f);
		return 0;
	}
	FLOCK(f);
	free(f->getln_buf);
	f->getln_buf = 0;
	f->getln_size = 0;
	__fd_stream_init(f, fd, flags);
	FUNLOCK(f);
	return f;
}

/* The large-file name: off_t is 64 bits already. */
#undef freopen64
weak_alias(freopen, freopen64);
