#include <errno.h>
#include <unistd.h>

/* The one group there is can be joined again; any other id is EPERM. */
int setgid(gid_t gid)
{
	if (gid != 0) {
		errno = EPERM;
		return -1;
	}
	return 0;
}
