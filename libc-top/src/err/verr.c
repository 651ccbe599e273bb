#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include "err_impl.h"

_Noreturn void verr(int status, const char *fmt, va_list ap)
{
	__vwarn(errno, fmt, ap);
	exit(status);
}
