#ifndef _INTERNAL_MISC_IMPL_H
#define _INTERNAL_MISC_IMPL_H

#include "libc.h"

/* The value pathconf and fpathconf give for `name`, for any file. */
hidden long __pathconf_value(int name);

#include <sys/sysinfo.h>
#include <sys/timeb.h>

#endif
