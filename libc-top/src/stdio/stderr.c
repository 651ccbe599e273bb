#include "stdio_impl.h"

/* Using a standard stream links in __stdio_exit, which flushes it. */
static const char *const need_exit __attribute__((__used__)) = &__stdio_exit_needed;

/* C11 7.21.3p7: stderr is not fully buffered; it is unbuffered here, and
   its one-byte buffer is never used for output. */
hidden FILE __stderr_FILE = {
	.flags = F_NORD | F_NOBUF,
	.buf = __stderr_FILE.small_buf + UNGET,
	.buf_size = 1,
	.lbf = EOF,
	.fd = 2,
	.write = __stdio_write,
};

FILE *const stderr = &__stderr_FILE;
