#include <stdlib.h>
#include "libc.h"

/* Defined by the signal emulation, when it is linked, to run a SIGABRT
   handler (POSIX abort). */
hidden void __wasi_abort_signal(void) __attribute__((__weak__));

/* Abnormal termination is a trap, which every host reports as a failure.
   Streams are not flushed (C17 7.22.4.1). */
_Noreturn void abort(void)
{
	if (__wasi_abort_signal)
		__wasi_abort_signal();
	__builtin_trap();
}
