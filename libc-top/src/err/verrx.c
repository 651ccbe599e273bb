#include <err.h>
#include <stdlib.h>
#include "err_impl.h"

_Noreturn void verrx(int status, const char *fmt, va_list ap)
{
	__vwarn(-1, fmt, ap);
	exit(status);
}
