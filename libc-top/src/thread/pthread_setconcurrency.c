#include <errno.h>
#include "pthread_impl.h"

int __concurrency;

int pthread_setconcurrency(int level)
{
	if (level < 0)
		return EINVAL;
	__concurrency = level;
	return 0;
}
