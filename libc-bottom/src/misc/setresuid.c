#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>

/* As setuid: only user 0, or -1 for "unchanged". */
int setresuid(uid_t r, uid_t e, uid_t s)
{
	if ((r != 0 && r != (uid_t)-1) || (e != 0 && e != (uid_t)-1) || (s != 0 && s != (uid_t)-1)) {
		errno = EPERM;
		return -1;
	}
	return 0;
}
