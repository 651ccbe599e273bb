#include <stdio_ext.h>
#include "stdio_impl.h"

/* Write-only, or writing last. */
int __fwriting(FILE *f)
{
	return (f->flags & F_NORD) || f->wend;
}
