#include <stdio_ext.h>
#include "stdio_impl.h"

void __freadptrinc(FILE *f, size_t n)
{
	f->rpos += n;
}
