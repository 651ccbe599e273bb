#include <unistd.h>
#include "fd_impl.h"

/* WASI has no dup: the descriptor layer gives the copy its own number
   (docs/posix.md). */
int dup(int fd)
{
	return __fd_dup(fd, 0, 0);
}
