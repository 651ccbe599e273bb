#include "pthread_impl.h"

/* The handlers run around fork(), which WASI does not have: there is
   nothing to register them for. */
int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void))
{
	return 0;
}
