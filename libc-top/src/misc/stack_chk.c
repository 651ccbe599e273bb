#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

/* The canary that code built with -fstack-protector compares. WASI gives
   randomness only through a call, and the value must be fixed before any
   protected function runs, so it is a constant with a zero byte (which
   stops string overflows from reproducing it). The call stack itself is
   out of reach of linear-memory overflows in WebAssembly; this guards the
   shadow stack clang keeps in linear memory. */
uintptr_t __stack_chk_guard = 0x00ff0a0dU ^ 0x5a000000U;

_Noreturn void __stack_chk_fail(void)
{
	static const char msg[] = "*** stack smashing detected ***: terminated\n";
	write(2, msg, sizeof msg - 1);
	abort();
}
