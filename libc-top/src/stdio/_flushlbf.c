#include <stdio_ext.h>
#include "stdio_impl.h"

static int flush_if_lbf(FILE *f)
{
	return f->lbf == '\n' && f->wpos != f->wbase ? __flush_out(f) : 0;
}

void _flushlbf(void)
{
	__stdio_each(flush_if_lbf);
}
