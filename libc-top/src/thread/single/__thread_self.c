#include "pthread_impl.h"

/* The stack bounds wasm-ld defines. */
extern char __stack_low, __stack_high;

/* The main thread, the only one: joinable, cancellation enabled and
   deferred, SCHED_OTHER at priority 0. */
static struct __pthread main_thread = {
	.tid = 1,
	.stack_low = &__stack_low,
	.stack_high = &__stack_high,
};

struct __pthread *__thread_self(void)
{
	return &main_thread;
}
