#include <err.h>
#include "err_impl.h"

void warnx(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__vwarn(-1, fmt, ap);
	va_end(ap);
}
