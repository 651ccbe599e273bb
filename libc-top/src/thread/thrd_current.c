#include <threads.h>
#include "pthread_impl.h"

thrd_t thrd_current(void)
{
	return __thread_self();
}
