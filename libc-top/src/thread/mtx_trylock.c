#include <errno.h>
#include <threads.h>
#include "pthread_impl.h"

int mtx_trylock(mtx_t *m)
{
	int r = __mutex_trylock(&m->__m);
	if (r == EBUSY)
		return thrd_busy;
	return r ? thrd_error : thrd_success;
}
