#include <errno.h>
#include <signal.h>

int sigdelset(sigset_t *set, int sig)
{
	unsigned bit = (unsigned)sig - 1;
	if (sig < 1 || sig >= _NSIG || bit >= 8 * sizeof *set) {
		errno = EINVAL;
		return -1;
	}
	((unsigned char *)set)[bit / 8] &= (unsigned char)~(1u << bit % 8);
	return 0;
}
