#include <errno.h>
#include <stdint.h>
#include "pthread_impl.h"

/* addr is the lowest address of the stack (POSIX), which must not wrap
   around the end of the address space. */
int pthread_attr_setstack(pthread_attr_t *a, void *addr, size_t size)
{
	if (size < PTHREAD_STACK_MIN || (uintptr_t)addr > UINTPTR_MAX - size)
		return EINVAL;
	a->__stackaddr = addr;
	a->__stacksize = size;
	return 0;
}
