#include "pthread_impl.h"

int pthread_attr_init(pthread_attr_t *a)
{
	*a = (pthread_attr_t){ .__stacksize = DEFAULT_STACK_SIZE };
	return 0;
}
