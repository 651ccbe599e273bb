#include <stdlib.h>
#include "libc.h"

static void no_streams(void) {}
weak_alias(no_streams, __stdio_exit);

static void no_handlers(void) {}
weak_alias(no_handlers, __funcs_on_exit);

/* C17 7.22.4.4: the atexit handlers run in reverse order of registration,
   then open streams are flushed and closed, then control returns to the host
   with the status. */
_Noreturn void exit(int status)
{
	__funcs_on_exit();
	__stdio_exit();
	_Exit(status);
}
