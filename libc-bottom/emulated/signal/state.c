#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "clock_impl.h"
#include "signal_impl.h"

hidden struct __sigstate __sig;

/* Ends the program abnormally, as a trap (what abort does): WASI has no
   way to say "killed by a signal", and the exit status a shell would
   show, 128 + the signal number, is one wasmtime refuses. A line on
   standard error names the signal. */
static _Noreturn void die(int sig)
{
	char num[4] = { (char)('0' + sig / 10), (char)('0' + sig % 10), ' ', 0 };
	const char *d = strsignal(sig);
	write(2, "Killed by signal ", 17);
	write(2, sig < 10 ? num + 1 : num, sig < 10 ? 2 : 3);
	write(2, "(", 1);
	write(2, d, strlen(d));
	write(2, ")\n", 2);
	__builtin_trap();
}

/* What a signal does with no handler (POSIX.1-2017 <signal.h>): most end
   the program; SIGCHLD, SIGURG, SIGWINCH and SIGCONT are ignored; the
   stop signals cannot stop a WASI program and are ignored too
   (docs/posix.md). */
static void default_action(int sig)
{
	switch (sig) {
	case SIGCHLD:
	case SIGURG:
	case SIGWINCH:
	case SIGCONT:
	case SIGSTOP:
	case SIGTSTP:
	case SIGTTIN:
	case SIGTTOU:
		return;
	default:
		die(sig);
	}
}

hidden void __sig_deliver(int sig)
{
	struct sigaction *a = &__sig.act[sig];
	void (*h)(int) = a->sa_handler;
	if (h == SIG_IGN)
		return;
	if (h == SIG_DFL) {
		default_action(sig);
		return;
	}
	uint64_t saved = __sig.blocked;
	__sig.blocked |= __sig_from_set(&a->sa_mask);
	if (!(a->sa_flags & SA_NODEFER))
		__sig.blocked |= __SIG_BIT(sig);
	int info = a->sa_flags & SA_SIGINFO;
	void (*act)(int, siginfo_t *, void *) = a->sa_sigaction;
	if (a->sa_flags & SA_RESETHAND) {
		a->sa_handler = SIG_DFL;
		a->sa_flags &= ~SA_SIGINFO;
	}
	if (info) {
		siginfo_t si = { .si_signo = sig, .si_code = SI_USER, .si_pid = __WASI_EMULATED_PID };
		act(sig, &si, 0);
	} else {
		h(sig);
	}
	__sig.blocked = saved;
	__sig_flush();
}

hidden void __sig_flush(void)
{
	uint64_t ready;
	while ((ready = __sig.pending & ~__sig.blocked)) {
		int sig = __builtin_ctzll(ready) + 1;
		__sig.pending &= ~__SIG_BIT(sig);
		__sig_deliver(sig);
	}
}

hidden uint64_t __sig_from_set(const sigset_t *set)
{
	uint64_t m = 0;
	const unsigned char *b = (const unsigned char *)set;
	for (size_t i = 0; i < sizeof *set && i < 8; i++)
		m |= (uint64_t)b[i] << (8 * i);
	return m;
}

hidden void __sig_to_set(uint64_t m, sigset_t *set)
{
	unsigned char *b = (unsigned char *)set;
	for (size_t i = 0; i < sizeof *set; i++)
		b[i] = i < 8 ? (unsigned char)(m >> (8 * i)) : 0;
}

/* abort() runs a SIGABRT handler first, as POSIX asks, through this hook
   (a weak reference in libc, defined only when the emulation is linked);
   abort still ends the program if the handler returns. */
hidden void __wasi_abort_signal(void)
{
	if (__sig.act[SIGABRT].sa_handler != SIG_DFL && __sig.act[SIGABRT].sa_handler != SIG_IGN) {
		__sig.blocked &= ~__SIG_BIT(SIGABRT);
		__sig_deliver(SIGABRT);
	}
}
