#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include "err_impl.h"

_Noreturn void err(int status, const char *fmt, ...)
{
	int error = errno;
	va_list ap;
	va_start(ap, fmt);
	__vwarn(error, fmt, ap);
	va_end(ap);
	exit(status);
}
