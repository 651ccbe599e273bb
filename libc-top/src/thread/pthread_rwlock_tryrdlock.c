#include <errno.h>
#include "pthread_impl.h"

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)
{
	for (;;) {
		int s = a_load(&rw->__state);
		if (s == RWLOCK_MAX_READERS)
			return EAGAIN;
		if (s < 0)
			return EBUSY;
		if (a_cas(&rw->__state, s, s + 1) == s)
			return 0;
	}
}
