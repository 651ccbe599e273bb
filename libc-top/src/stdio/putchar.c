#define _GNU_SOURCE
#include "stdio_impl.h"

int putchar(int c)
{
	return putc(c, stdout);
}

int putchar_unlocked(int c)
{
	return putc_fast(c, stdout);
}
