#define _GNU_SOURCE
#include "stdio_impl.h"

int putc(int c, FILE *f)
{
	FLOCK(f);
	c = putc_fast(c, f);
	FUNLOCK(f);
	return c;
}

int putc_unlocked(int c, FILE *f)
{
	return putc_fast(c, f);
}

weak_alias(putc, _IO_putc);
