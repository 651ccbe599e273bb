#include <fcntl.h>
#include <unistd.h>
#include "path.h"
#include "remove_impl.h"
#include "syscall.h"

int unlinkat(int dirfd, const char *path, int flag)
{
	if (flag & ~AT_REMOVEDIR) {
		errno = EINVAL;
		return -1;
	}
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return -1;
	int r = flag ? __rmdir_host(p.fd, path, p.rel) : __unlink_host(p.fd, p.rel);
	__path_done(&p);
	return r;
}
