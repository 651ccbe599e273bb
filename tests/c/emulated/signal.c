//! cflags: -D_WASI_EMULATED_SIGNAL -lwasi-emulated-signal -D_WASI_EMULATED_GETPID -lwasi-emulated-getpid
/* signal, sigaction, raise, kill(getpid()), the mask and the sets, in
   the signal emulation. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t got, depth, last;

static void handler(int sig)
{
	got++;
	last = sig;
}

/* Raises its own signal once: blocked while the handler runs, it comes
   after, so depth never reaches 2. */
static void nested(int sig)
{
	static int raised;
	depth++;
	CHECK(depth == 1);
	if (!raised++)
		raise(sig);
	depth--;
	got++;
}

static void info(int sig, siginfo_t *si, void *ctx)
{
	got++;
	last = si->si_signo == sig ? sig : -1;
}

int main(void)
{
	/* signal: the handler runs before raise returns, and stays */
	CHECK(signal(SIGUSR1, handler) == SIG_DFL);
	CHECK(raise(SIGUSR1) == 0 && got == 1 && last == SIGUSR1);
	CHECK(raise(SIGUSR1) == 0 && got == 2);
	CHECK(signal(SIGUSR1, SIG_IGN) == handler);
	CHECK(raise(SIGUSR1) == 0 && got == 2);
	/* ignored by default: SIGCHLD, SIGURG, SIGWINCH, SIGCONT */
	CHECK(raise(SIGCHLD) == 0 && raise(SIGWINCH) == 0 && raise(SIGURG) == 0);
	/* kill: this process only */
	CHECK(signal(SIGTERM, handler) == SIG_DFL);
	CHECK(kill(getpid(), SIGTERM) == 0 && last == SIGTERM && got == 3);
	CHECK(kill(0, SIGTERM) == 0 && kill(-1, SIGTERM) == 0 && got == 5);
	CHECK(kill(getpid(), 0) == 0);
	errno = 0;
	CHECK(kill(12345, SIGTERM) == -1 && errno == ESRCH);
	errno = 0;
	CHECK(kill(getpid(), 1000) == -1 && errno == EINVAL);
	/* what cannot be caught, and bad numbers */
	errno = 0;
	CHECK(signal(SIGKILL, handler) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(signal(SIGSTOP, handler) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(signal(0, handler) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK(raise(NSIG) == -1 && errno == EINVAL);
	/* sigaction: SA_SIGINFO, SA_RESETHAND, the old action */
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = info;
	sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
	CHECK(sigaction(SIGHUP, &sa, &old) == 0 && old.sa_handler == SIG_DFL);
	got = 0;
	CHECK(raise(SIGHUP) == 0 && got == 1 && last == SIGHUP);
	CHECK(sigaction(SIGHUP, 0, &old) == 0 && old.sa_handler == SIG_DFL);
	/* a handler that raises its own signal: blocked until it returns,
	   then delivered; with SA_NODEFER, at once */
	signal(SIGINT, nested);
	depth = 0;
	got = 0;
	CHECK(raise(SIGINT) == 0 && depth == 0 && got == 2);
	/* sigprocmask: a blocked signal waits, and comes on unblocking */
	sigset_t set, cur;
	CHECK(sigemptyset(&set) == 0 && sigaddset(&set, SIGINT) == 0 && sigismember(&set, SIGINT) == 1);
	CHECK(sigismember(&set, SIGQUIT) == 0);
	signal(SIGINT, handler);
	got = 0;
	CHECK(sigprocmask(SIG_BLOCK, &set, 0) == 0);
	CHECK(raise(SIGINT) == 0 && got == 0);
	CHECK(sigpending(&cur) == 0 && sigismember(&cur, SIGINT) == 1);
	CHECK(sigprocmask(SIG_UNBLOCK, &set, &cur) == 0 && got == 1);
	CHECK(sigismember(&cur, SIGINT) == 1);
	CHECK(sigpending(&cur) == 0 && sigismember(&cur, SIGINT) == 0);
	errno = 0;
	CHECK(sigprocmask(99, &set, 0) == -1 && errno == EINVAL);
	CHECK(sigdelset(&set, SIGINT) == 0 && sigismember(&set, SIGINT) == 0);
	CHECK(sigfillset(&set) == 0 && sigismember(&set, SIGHUP) == 1);
	errno = 0;
	CHECK(sigaddset(&set, 0) == -1 && errno == EINVAL);
	/* bsd_signal and __sysv_signal */
	got = 0;
	CHECK(bsd_signal(SIGQUIT, handler) == SIG_DFL);
	raise(SIGQUIT);
	raise(SIGQUIT);
	CHECK(got == 2);
	CHECK(__sysv_signal(SIGQUIT, handler) == handler);
	raise(SIGQUIT);
	CHECK(got == 3 && signal(SIGQUIT, SIG_IGN) == SIG_DFL);
	/* descriptions */
	CHECK(!strcmp(strsignal(SIGTERM), "Terminated") && strsignal(12345) != 0);
	psignal(SIGUSR2, 0);
	return check_result();
}
