#include <errno.h>
#include <unistd.h>

/* Group 0 is the only group there is: a list of it alone (or an empty
   list) changes nothing; any other group is EPERM. */
int setgroups(size_t n, const gid_t *list)
{
	for (size_t i = 0; i < n; i++) {
		if (list[i] != 0) {
			errno = EPERM;
			return -1;
		}
	}
	return 0;
}
