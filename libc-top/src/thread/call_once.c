#include <threads.h>
#include "pthread_impl.h"

/* A routine that calls call_once on its own flag returns from that call
   without waiting for itself (C11 leaves the case undefined). */
void call_once(once_flag *flag, void (*func)(void))
{
	__pthread_once(flag, func);
}
