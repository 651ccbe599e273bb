#include <stdio_ext.h>
#include "stdio_impl.h"

/* Locking is internal and, with one thread, never contended. */
int __fsetlocking(FILE *f, int type)
{
	return FSETLOCKING_INTERNAL;
}
