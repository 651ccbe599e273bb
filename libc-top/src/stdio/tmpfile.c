#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "stdio_impl.h"

/* C11 7.21.4.3: a new file open "wb+" that is gone when closed. It is
   made in P_tmpdir, which a WASI program has only if the host preopens
   it, and unlinked at once. */
FILE *tmpfile(void)
{
	char name[L_tmpnam];
	int fd, try;
	FILE *f;

	for (try = 0; try < 100; try++) {
		if (!__tmp_name(name, P_tmpdir, "tmp_"))
			return 0;
		fd = open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0) {
			unlink(name);
			f = __fdopen_flags(fd, O_RDWR);
			if (!f)
				close(fd);
			return f;
		}
		if (errno != EEXIST)
			return 0;
	}
	return 0;
}

#undef tmpfile64
weak_alias(tmpfile, tmpfile64);
