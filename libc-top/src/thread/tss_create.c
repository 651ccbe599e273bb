#include <threads.h>
#include "pthread_impl.h"

/* tss keys are pthread keys: TSS_DTOR_ITERATIONS equals
   PTHREAD_DESTRUCTOR_ITERATIONS, and thrd_exit runs the destructors. */
int tss_create(tss_t *key, tss_dtor_t dtor)
{
	return __pthread_key_create(key, dtor) ? thrd_error : thrd_success;
}
