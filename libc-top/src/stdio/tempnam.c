#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* X/Open: a malloc'd name for a file in TMPDIR, else dir, else P_tmpdir,
   beginning with at most five characters of pfx. */
char *tempnam(const char *dir, const char *pfx)
{
	const char *env = getenv("TMPDIR");
	char p5[6] = "", *buf;
	int try;

	if (env && *env)
		dir = env;
	else if (!dir || !*dir)
		dir = P_tmpdir;
	if (pfx)
		strncat(p5, pfx, 5);
	buf = malloc(strlen(dir) + 1 + 5 + 6 + 1);
	if (!buf)
		return 0;
	for (try = 0; try < 100; try++) {
		if (!__tmp_name(buf, dir, p5))
			break;
		if (access(buf, F_OK) && errno == ENOENT)
			return buf;
	}
	free(buf);
	return 0;
}
