#include "libc.h"

/* The C++ ABI's call when a shared object goes away. A WASI module is one
   static image: __cxa_atexit ignores the object handle, so all handlers
   belong to the program and run at exit; __cxa_finalize(0), the call for
   the whole program, runs them now, and any other handle has none. */
void __cxa_finalize(void *dso)
{
	if (!dso)
		__funcs_on_exit();
}
