#include <errno.h>
#include "pthread_impl.h"

int __pthread_setspecific(pthread_key_t key, const void *value)
{
	if (key >= PTHREAD_KEYS_MAX || !(__keys[key].gen & 1))
		return EINVAL;
	struct __pthread *self = __thread_self();
	self->tsd[key].gen = __keys[key].gen;
	self->tsd[key].value = (void *)value;
	return 0;
}

weak_alias(__pthread_setspecific, pthread_setspecific);
