#include "pthread_impl.h"

/* The level set by pthread_setconcurrency, 0 if none; it is a hint that
   changes nothing. */
int pthread_getconcurrency(void)
{
	return __concurrency;
}
