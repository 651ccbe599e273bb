#include <threads.h>
#include "pthread_impl.h"

/* mtx_plain and mtx_timed, alone or with mtx_recursive. A plain mutex
   relocked by its owner reports thrd_error, as the normal pthread mutex
   under it reports EDEADLK, rather than waiting forever. */
int mtx_init(mtx_t *m, int type)
{
	int kind = type & ~mtx_recursive;
	if (kind != mtx_plain && kind != mtx_timed)
		return thrd_error;
	unsigned attr = type & mtx_recursive ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_NORMAL;
	*m = (mtx_t){ { .__attr = attr } };
	return thrd_success;
}
