#include <errno.h>
#include "pthread_impl.h"

int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)
{
	if (a_cas(&rw->__state, 0, RWLOCK_WRITE))
		return EBUSY;
	a_store(&rw->__writer, __thread_self()->tid);
	return 0;
}
