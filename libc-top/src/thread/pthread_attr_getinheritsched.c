#include "pthread_impl.h"

int pthread_attr_getinheritsched(const pthread_attr_t *restrict a, int *restrict inherit)
{
	*inherit = a->__inheritsched;
	return 0;
}
