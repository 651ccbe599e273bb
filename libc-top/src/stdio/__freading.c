#include <stdio_ext.h>
#include "stdio_impl.h"

/* Read-only, or reading last. */
int __freading(FILE *f)
{
	return (f->flags & F_NOWR) || f->rend;
}
