#include "pthread_impl.h"

#undef pthread_equal

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}
