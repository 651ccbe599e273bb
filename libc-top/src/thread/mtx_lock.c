#include <threads.h>
#include "pthread_impl.h"

int mtx_lock(mtx_t *m)
{
	return __mutex_timedlock(&m->__m, 0) ? thrd_error : thrd_success;
}
