#define _GNU_SOURCE
#include "stdio_impl.h"

/* BSD: the next line, newline included if there was one, in storage of
   the stream's that the next call reuses; not NUL-terminated for the
   caller's purposes, though it is. */
char *fgetln(FILE *f, size_t *len)
{
	ssize_t n = getline(&f->getln_buf, &f->getln_size, f);

	if (n < 0)
		return 0;
	*len = n;
	return f->getln_buf;
}
