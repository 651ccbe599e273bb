#define _GNU_SOURCE
#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	FLOCK(f);
	c = putc_fast(c, f);
	FUNLOCK(f);
	return c;
}

int fputc_unlocked(int c, FILE *f)
{
	return putc_fast(c, f);
}
