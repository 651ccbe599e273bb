#define _GNU_SOURCE
#include <stdlib.h>
#include "env_impl.h"

int clearenv(void)
{
	__wasilibc_ensure_environ();
	if (__environ)
		__environ[0] = 0;
	__env_forget();
	return 0;
}
