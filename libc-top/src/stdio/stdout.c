#include "stdio_impl.h"

/* Using a standard stream links in __stdio_exit, which flushes it. */
static const char *const need_exit __attribute__((__used__)) = &__stdio_exit_needed;

static unsigned char buf[UNGET + STDIO_BUFSIZ];

hidden FILE __stdout_FILE = {
	.flags = F_NORD,
	.buf = buf + UNGET,
	.buf_size = sizeof buf - UNGET,
	.lbf = '\n',
	.fd = 1,
	.write = __stdout_write,
};

FILE *const stdout = &__stdout_FILE;
