#include <stdio_ext.h>
#include "stdio_impl.h"

/* The bytes written to the stream and not yet to its file. */
size_t __fpending(FILE *f)
{
	return f->wpos - f->wbase;
}
