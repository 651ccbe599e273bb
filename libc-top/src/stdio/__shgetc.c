#include "stdio_impl.h"

/* Sets where shgetc must stop for the next byte: the end of the buffer
   window, or sooner if the field ends sooner. */
static void set_end(FILE *f, off_t done)
{
	f->shend = f->shlim && f->rend - f->rpos > f->shlim - done ? f->rpos + (f->shlim - done) : f->rend;
}

void __shlim(FILE *f, off_t lim)
{
	f->shlim = lim;
	f->shcnt = 0;
	f->shstart = f->rpos;
	set_end(f, 0);
}

int __shgetc(FILE *f)
{
	off_t done = shcnt(f);
	int c;

	if (f->shlim && done >= f->shlim)
		return EOF;
	c = __uflow(f);
	/* The window moved: count afresh from its start. */
	f->shstart = f->rpos;
	if (c == EOF) {
		f->shcnt = done;
		f->shend = f->rpos;
		return EOF;
	}
	f->shcnt = done + 1;
	set_end(f, done + 1);
	return c;
}
