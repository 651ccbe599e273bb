#include <err.h>
#include <errno.h>
#include "err_impl.h"

void vwarn(const char *fmt, va_list ap)
{
	__vwarn(errno, fmt, ap);
}
