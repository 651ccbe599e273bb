#define _GNU_SOURCE
#include "stdio_impl.h"

int getc(FILE *f)
{
	int c;

	FLOCK(f);
	c = getc_fast(f);
	FUNLOCK(f);
	return c;
}

int getc_unlocked(FILE *f)
{
	return getc_fast(f);
}

weak_alias(getc, _IO_getc);
