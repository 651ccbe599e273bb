#define _GNU_SOURCE
#include "memstream_impl.h"

/* POSIX open_memstream: output into a buffer that grows, which the
   caller's *bufp and *sizep describe after each fflush and at fclose:
   the bytes up to the position (or the end, if that is nearer), always
   followed by a NUL. Seeking past the end leaves a gap of zeros. */
static size_t ms_write(FILE *f, const unsigned char *p, size_t n)
{
	return __memstream_put((struct memstream *)f, p, n) < 0 ? 0 : n;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	return __memstream_open(bufp, sizep, 1, ms_write);
}
