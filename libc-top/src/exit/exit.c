#include <stdlib.h>
#include "libc.h"

static void no_streams(void) {}
weak_alias(no_streams, __stdio_exit);

static void no_handlers(void) {}
weak_alias(no_handlers, __funcs_on_exit);

/* C17 7.22.4.4, all but the last step: the atexit handlers run in reverse
   order of registration, then open streams are flushed and closed. */
hidden void __exit_hooks(void)
{
	__funcs_on_exit();
	__stdio_exit();
}

_Noreturn void exit(int status)
{
	__exit_hooks();
	_Exit(status);
}
