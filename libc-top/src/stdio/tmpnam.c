#define _GNU_SOURCE
#include <errno.h>
#include <unistd.h>
#include "stdio_impl.h"

/* A name in P_tmpdir that names no file now (C11 7.21.4.4); without a
   buffer, in static storage. */
char *tmpnam(char *buf)
{
	static char internal[L_tmpnam];
	int try;

	if (!buf)
		buf = internal;
	for (try = 0; try < 100; try++) {
		if (!__tmp_name(buf, P_tmpdir, "tmp_"))
			return 0;
		if (access(buf, F_OK) && errno == ENOENT)
			return buf;
	}
	return 0;
}
