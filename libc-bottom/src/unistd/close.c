#include <unistd.h>
#include "fd_impl.h"
#include "syscall.h"

int close(int fd)
{
	/* Only the descriptor layer makes slots, so __fd_close is linked. */
	if ((size_t)fd < __fd_nslots)
		return __fd_close(fd);
	return __wasi_result(__wasi_fd_close(fd));
}
