#include <errno.h>
#include "pthread_impl.h"

/* No destructor runs (POSIX); the values are abandoned with the
   generation. */
int __pthread_key_delete(pthread_key_t key)
{
	int r = EINVAL;
	__mutex_timedlock(&__keys_lock, 0);
	if (key < PTHREAD_KEYS_MAX && __keys[key].gen & 1) {
		__keys[key].gen++;
		__keys[key].dtor = 0;
		r = 0;
	}
	__mutex_unlock(&__keys_lock);
	return r;
}

weak_alias(__pthread_key_delete, pthread_key_delete);
