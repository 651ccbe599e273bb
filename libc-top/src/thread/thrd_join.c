#include <stdint.h>
#include <threads.h>
#include "pthread_impl.h"

int thrd_join(thrd_t t, int *result)
{
	void *p;
	if (__pthread_join(t, &p))
		return thrd_error;
	if (result)
		*result = (int)(intptr_t)p;
	return thrd_success;
}
