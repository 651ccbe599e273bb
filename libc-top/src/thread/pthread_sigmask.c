#define _WASI_EMULATED_SIGNAL
#include <errno.h>
#include <signal.h>
#include "pthread_impl.h"

/* With one thread, the thread's mask is the process's (POSIX makes the two
   calls equivalent then); the mask is -lwasi-emulated-signal's. The error
   is returned, not left in errno. */
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	int saved = errno;
	if (!sigprocmask(how, set, old))
		return 0;
	int r = errno;
	errno = saved;
	return r;
}
