#include <unistd.h>
#include "stdio_impl.h"

/* stdout starts with this write operation, which is first called when
   stdout enters write mode (see FILE.write): it learns then whether it
   is a terminal, and stays line-buffered if so, else becomes fully
   buffered (C11 7.21.3p7: only a stream that is not an interactive
   device may be fully buffered). */
size_t __stdout_write(FILE *f, const unsigned char *p, size_t n)
{
	f->write = __stdio_write;
	if (!isatty(f->fd))
		f->lbf = EOF;
	return __stdio_write(f, p, n);
}
