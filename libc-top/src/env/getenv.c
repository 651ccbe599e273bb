#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "libc.h"

char *getenv(const char *name)
{
	size_t n = strchrnul(name, '=') - name;
	if (!n || name[n])
		return 0;
	__wasilibc_ensure_environ();
	for (char **e = __environ; e && *e; e++)
		if (!strncmp(name, *e, n) && (*e)[n] == '=')
			return *e + n + 1;
	return 0;
}
