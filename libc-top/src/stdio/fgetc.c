#define _GNU_SOURCE
#include "stdio_impl.h"

int fgetc(FILE *f)
{
	int c;

	FLOCK(f);
	c = getc_fast(f);
	FUNLOCK(f);
	return c;
}

int fgetc_unlocked(FILE *f)
{
	return getc_fast(f);
}
