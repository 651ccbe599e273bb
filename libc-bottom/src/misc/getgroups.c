#include <errno.h>
#include <unistd.h>

/* The program belongs to group 0 only. */
int getgroups(int size, gid_t list[])
{
	if (size == 0)
		return 1;
	if (size < 0) {
		errno = EINVAL;
		return -1;
	}
	list[0] = 0;
	return 1;
}
