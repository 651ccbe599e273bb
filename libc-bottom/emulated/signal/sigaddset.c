#include <errno.h>
#include <signal.h>

/* A signal is bit sig - 1 of the set; one beyond what sigset_t holds
   cannot be named (EINVAL). */
int sigaddset(sigset_t *set, int sig)
{
	unsigned bit = (unsigned)sig - 1;
	if (sig < 1 || sig >= _NSIG || bit >= 8 * sizeof *set) {
		errno = EINVAL;
		return -1;
	}
	((unsigned char *)set)[bit / 8] |= (unsigned char)(1u << bit % 8);
	return 0;
}
