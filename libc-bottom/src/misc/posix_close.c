#include <errno.h>
#include <unistd.h>

/* POSIX.1-2024: no close can be interrupted here, so the flag has nothing
   to choose between. */
int posix_close(int fd, int flag)
{
	if (flag & ~POSIX_CLOSE_RESTART) {
		errno = EINVAL;
		return -1;
	}
	return close(fd);
}
