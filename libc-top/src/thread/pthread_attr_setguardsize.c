#include "pthread_impl.h"

/* Stored and reported only: linear memory has no page protection, so no
   thread could have a guard area. Every size is valid (POSIX leaves the
   rounding to the implementation). */
int pthread_attr_setguardsize(pthread_attr_t *a, size_t size)
{
	a->__guardsize = size;
	return 0;
}
