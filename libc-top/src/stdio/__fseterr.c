#include <stdio_ext.h>
#include "stdio_impl.h"

void __fseterr(FILE *f)
{
	f->flags |= F_ERR;
}
