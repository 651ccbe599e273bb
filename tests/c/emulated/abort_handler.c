//! cflags: -D_WASI_EMULATED_SIGNAL -lwasi-emulated-signal
//! exit: 3
/* abort runs a SIGABRT handler first (POSIX); this one leaves with
   _exit before abort would end the program. */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

static void on_abort(int sig)
{
	_exit(sig == SIGABRT ? 3 : 4);
}

int main(void)
{
	signal(SIGABRT, on_abort);
	abort();
}
