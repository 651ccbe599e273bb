#ifndef _INTERNAL_ERR_IMPL_H
#define _INTERNAL_ERR_IMPL_H

#include <stdarg.h>
#include "libc.h"

/* Writes "program: ", the message if fmt is not null, and ": " then
   strerror(error) if error is not -1, then a newline, to stderr. */
hidden void __vwarn(int error, const char *fmt, va_list ap);

#endif
