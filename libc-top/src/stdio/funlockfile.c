#define _GNU_SOURCE
#include "stdio_impl.h"

void funlockfile(FILE *f)
{
	if (f->locks)
		f->locks--;
}
