#include <errno.h>
#include "pthread_impl.h"

struct __key __keys[PTHREAD_KEYS_MAX];
struct __mutex __keys_lock;

/* Takes the first free slot; its new odd generation makes every thread's
   value for it NULL (POSIX). */
int __pthread_key_create(pthread_key_t *key, void (*dtor)(void *))
{
	int r = EAGAIN;
	__mutex_timedlock(&__keys_lock, 0);
	for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (__keys[k].gen & 1)
			continue;
		__keys[k].gen++;
		__keys[k].dtor = dtor;
		*key = k;
		r = 0;
		break;
	}
	__mutex_unlock(&__keys_lock);
	return r;
}

weak_alias(__pthread_key_create, pthread_key_create);
