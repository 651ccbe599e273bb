#include "pthread_impl.h"

/* POSIX: each non-NULL value with a destructor is set to NULL and passed
   to it; destructors may set values again, so the pass is repeated while
   one ran, PTHREAD_DESTRUCTOR_ITERATIONS times at most. */
void __tsd_run_destructors(void)
{
	struct __pthread *self = __thread_self();
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int ran = 0;
		for (unsigned k = 0; k < PTHREAD_KEYS_MAX; k++) {
			void (*dtor)(void *) = __keys[k].dtor;
			void *value = self->tsd[k].value;
			if (!dtor || !value || self->tsd[k].gen != __keys[k].gen)
				continue;
			self->tsd[k].value = 0;
			dtor(value);
			ran = 1;
		}
		if (!ran)
			break;
	}
}
