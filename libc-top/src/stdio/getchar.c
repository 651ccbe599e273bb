#define _GNU_SOURCE
#include "stdio_impl.h"

int getchar(void)
{
	return getc(stdin);
}

int getchar_unlocked(void)
{
	return getc_fast(stdin);
}
