#include "pthread_impl.h"

int pthread_condattr_init(pthread_condattr_t *a)
{
	a->__attr = 0;
	return 0;
}
