#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>

/* As setgid: only group 0, or -1 for "unchanged". */
int setresgid(gid_t r, gid_t e, gid_t s)
{
	if ((r != 0 && r != (gid_t)-1) || (e != 0 && e != (gid_t)-1) || (s != 0 && s != (gid_t)-1)) {
		errno = EPERM;
		return -1;
	}
	return 0;
}
