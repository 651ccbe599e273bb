#include <stdio_ext.h>
#include "stdio_impl.h"

/* The buffered input and its size, or a null pointer if there is none. */
const char *__freadptr(FILE *f, size_t *size)
{
	if (f->rpos == f->rend)
		return 0;
	*size = f->rend - f->rpos;
	return (const char *)f->rpos;
}
