//! cflags: -D_WASI_EMULATED_SIGNAL -lwasi-emulated-signal
//! exit: 134
/* A signal with its default action ends the program abnormally: a trap,
   as abort does (exit status 134 in the harness). */
#include <signal.h>
#include <unistd.h>

int main(void)
{
	raise(SIGTERM);
	write(1, "still running\n", 14);
	return 0;
}
