#include <signal.h>
#include <string.h>
#include <unistd.h>

/* "msg: description" on standard error, with write only. */
void psignal(int sig, const char *msg)
{
	const char *d = strsignal(sig);
	if (msg && *msg) {
		write(2, msg, strlen(msg));
		write(2, ": ", 2);
	}
	write(2, d, strlen(d));
	write(2, "\n", 1);
}
