#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"

void __fd_stream_init(FILE *f, int fd, int flags)
{
	f->flags &= F_FREE | F_NOBUF | F_UBUF;
	if ((flags & O_ACCMODE) == O_RDONLY)
		f->flags |= F_NOWR;
	else if ((flags & O_ACCMODE) == O_WRONLY)
		f->flags |= F_NORD;
	if (flags & O_APPEND) {
		/* The host appends each write; the stream starts at the end so
		   that ftell tells where the next byte goes. */
		f->flags |= F_APP;
		lseek(fd, 0, SEEK_END);
	}
	f->fd = fd;
	f->read = __stdio_read;
	f->write = __stdio_write;
	f->seek = __stdio_seek;
	f->close = __stdio_close;
	f->rpos = f->rend = 0;
	f->wbase = f->wpos = f->wend = 0;
	f->orient = 0;
	f->mbs = (mbstate_t){ 0 };
	/* C11 7.21.3p7 lets a stream on an interactive device be line
	   buffered; glibc and musl make it so, and users expect it. */
	f->lbf = (!(f->flags & F_NOWR) && isatty(fd)) ? '\n' : EOF;
}

FILE *__fdopen_flags(int fd, int flags)
{
	FILE *f = __falloc();

	if (!f)
		return 0;
	__fd_stream_init(f, fd, flags);
	return __ofl_add(f);
}
