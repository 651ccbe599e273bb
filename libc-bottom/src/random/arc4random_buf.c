#include <stdlib.h>
#include "syscall.h"

/* Straight from the host's cryptographic random source. arc4random
   cannot fail: a host that cannot give random bytes ends the program
   rather than hand out predictable ones. */
void arc4random_buf(void *buf, size_t len)
{
	if (__wasi_random_get(buf, len))
		__builtin_trap();
}
