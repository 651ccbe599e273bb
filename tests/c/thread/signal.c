//! cflags: -D_WASI_EMULATED_SIGNAL -lwasi-emulated-signal
/* pthread_kill and pthread_sigmask over the signal emulation: the only
   thread is the process, its mask the process's. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include "check.h"

static volatile int caught;

static void handler(int sig)
{
	caught = sig;
}

int main(void)
{
	pthread_t self = pthread_self();
	CHECK(signal(SIGUSR1, handler) != SIG_ERR);
	CHECK(pthread_kill(self, SIGUSR1) == 0);
	CHECK(caught == SIGUSR1);

	caught = 0;
	CHECK(pthread_kill(self, 0) == 0);
	CHECK(pthread_kill(self, -1) == EINVAL);
	CHECK(pthread_kill(self, _NSIG) == EINVAL);
	CHECK(pthread_kill((pthread_t)(uintptr_t)0x1234, SIGUSR1) == ESRCH);
	CHECK(caught == 0);

	/* Blocked, the signal waits; unblocking delivers it. (The ABI's
	   one-byte sigset_t holds signals 1 to 8 only.) */
	sigset_t set, old;
	CHECK(signal(SIGINT, handler) != SIG_ERR);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	CHECK(pthread_sigmask(SIG_BLOCK, &set, &old) == 0);
	CHECK(!sigismember(&old, SIGINT));
	CHECK(pthread_kill(self, SIGINT) == 0);
	CHECK(caught == 0);
	CHECK(pthread_sigmask(SIG_SETMASK, 0, &old) == 0 && sigismember(&old, SIGINT));
	errno = 0;
	CHECK(pthread_sigmask(99, &set, 0) == EINVAL && errno == 0);
	CHECK(pthread_sigmask(SIG_UNBLOCK, &set, 0) == 0);
	CHECK(caught == SIGINT);
	return check_result();
}
