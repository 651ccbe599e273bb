#include "stdio_impl.h"

/* Using a standard stream links in __stdio_exit, which flushes it. */
static const char *const need_exit __attribute__((__used__)) = &__stdio_exit_needed;

static unsigned char buf[UNGET + STDIO_BUFSIZ];

extern FILE __stdout_FILE weak;

/* Before asking the host for input, show any prompt that is waiting in a
   line-buffered stdout (C11 7.21.3p3 allows, and users expect, this). */
static size_t stdin_read(FILE *f, unsigned char *p, size_t n)
{
	FILE *out = &__stdout_FILE;

	if (out && out->lbf == '\n' && out->wpos != out->wbase)
		__flush_out(out);
	return __stdio_read(f, p, n);
}

hidden FILE __stdin_FILE = {
	.flags = F_NOWR,
	.buf = buf + UNGET,
	.buf_size = sizeof buf - UNGET,
	.lbf = EOF,
	.fd = 0,
	.read = stdin_read,
	.seek = __stdio_seek,
};

FILE *const stdin = &__stdin_FILE;
