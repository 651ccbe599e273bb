#include <errno.h>
#include <signal.h>

int sigismember(const sigset_t *set, int sig)
{
	unsigned bit = (unsigned)sig - 1;
	if (sig < 1 || sig >= _NSIG || bit >= 8 * sizeof *set) {
		errno = EINVAL;
		return -1;
	}
	return (((const unsigned char *)set)[bit / 8] >> bit % 8) & 1;
}
