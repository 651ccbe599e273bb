#include <threads.h>
#include "pthread_impl.h"

int mtx_unlock(mtx_t *m)
{
	return __mutex_unlock(&m->__m) ? thrd_error : thrd_success;
}
