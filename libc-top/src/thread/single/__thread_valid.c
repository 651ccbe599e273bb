#include "pthread_impl.h"

/* The caller is the only thread there is. */
int __thread_valid(pthread_t t)
{
	return t == __thread_self();
}
