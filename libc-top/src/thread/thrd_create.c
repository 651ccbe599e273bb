#include <errno.h>
#include <threads.h>
#include "pthread_impl.h"

/* The start routine is passed on as a pthread one: on wasm32 both types
   are functions from one i32 to one i32, so the indirect call matches, and
   the int result travels in the pointer. On wasm32-wasip1 no thread can be
   started, and the error becomes thrd_error, C11's answer for a request
   that "could not be honored". */
int thrd_create(thrd_t *t, thrd_start_t start, void *arg)
{
	int r = __thread_start(t, 0, (void *(*)(void *))(void (*)(void))start, arg);
	if (r == ENOMEM)
		return thrd_nomem;
	return r ? thrd_error : thrd_success;
}
