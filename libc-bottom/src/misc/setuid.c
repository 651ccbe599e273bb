#include <errno.h>
#include <unistd.h>

/* The one user there is can become itself; any other id is EPERM. */
int setuid(uid_t uid)
{
	if (uid != 0) {
		errno = EPERM;
		return -1;
	}
	return 0;
}
