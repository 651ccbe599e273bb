#include <stdlib.h>

/* WASI has no signals to raise: abnormal termination is a trap, which every
   host reports as a failure. Streams are not flushed (C17 7.22.4.1). */
_Noreturn void abort(void)
{
	__builtin_trap();
}
