#include "pthread_impl.h"

void *__pthread_getspecific(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX)
		return 0;
	struct __pthread *self = __thread_self();
	return self->tsd[key].gen == __keys[key].gen ? self->tsd[key].value : 0;
}

weak_alias(__pthread_getspecific, pthread_getspecific);
