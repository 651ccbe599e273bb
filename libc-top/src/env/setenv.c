#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "env_impl.h"

int setenv(const char *name, const char *value, int overwrite)
{
	size_t n;
	if (!name || !(n = strchrnul(name, '=') - name) || name[n]) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && getenv(name))
		return 0;
	size_t v = strlen(value);
	char *s = malloc(n + v + 2);
	if (!s) {
		errno = ENOMEM;
		return -1;
	}
	memcpy(s, name, n);
	s[n] = '=';
	memcpy(s + n + 1, value, v + 1);
	if (__putenv(s, n, s) < 0) {
		free(s);
		return -1;
	}
	return 0;
}
