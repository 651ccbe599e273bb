#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

FILE *__falloc(void)
{
	FILE *f = malloc(sizeof *f + UNGET + STDIO_BUFSIZ);

	if (!f)
		return 0;
	memset(f, 0, sizeof *f);
	f->flags = F_FREE;
	f->buf = (unsigned char *)(f + 1) + UNGET;
	f->buf_size = STDIO_BUFSIZ;
	f->lbf = EOF;
	f->fd = -1;
	return f;
}
