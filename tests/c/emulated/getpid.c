//! cflags: -D_WASI_EMULATED_GETPID -lwasi-emulated-getpid
/* getpid from its emulation: a fixed number, the same each time. */
#include <time.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	pid_t p = getpid();
	CHECK(p > 0 && p == getpid());
	clockid_t c;
	CHECK(clock_getcpuclockid(p, &c) == 0 && c == CLOCK_PROCESS_CPUTIME_ID);
	return check_result();
}
