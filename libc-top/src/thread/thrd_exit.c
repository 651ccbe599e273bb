#include <stdint.h>
#include <threads.h>
#include "pthread_impl.h"

/* C11 7.26.5.5: the tss destructors run, and the end of the last thread
   ends the program as exit(EXIT_SUCCESS) would. */
_Noreturn void thrd_exit(int result)
{
	__pthread_exit((void *)(intptr_t)result);
}
