#include <err.h>
#include <stdlib.h>
#include "err_impl.h"

_Noreturn void errx(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__vwarn(-1, fmt, ap);
	va_end(ap);
	exit(status);
}
