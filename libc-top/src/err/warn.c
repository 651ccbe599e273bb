#include <err.h>
#include <errno.h>
#include "err_impl.h"

void warn(const char *fmt, ...)
{
	int error = errno;
	va_list ap;
	va_start(ap, fmt);
	__vwarn(error, fmt, ap);
	va_end(ap);
}
