#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "temp_impl.h"

hidden int __mktemp(char *tmpl, int suffix, int (*make)(const char *, int), int arg)
{
	static const char chars[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	size_t n = strlen(tmpl);
	if (suffix < 0 || (size_t)suffix > n || n - (size_t)suffix < 6
	    || memcmp(tmpl + n - suffix - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return -1;
	}
	char *x = tmpl + n - suffix - 6;
	for (int tries = 0; tries < 1000; tries++) {
		unsigned char r[6];
		if (getentropy(r, sizeof r) < 0)
			return -1;
		for (int i = 0; i < 6; i++)
			x[i] = chars[r[i] % (sizeof chars - 1)];
		int fd = make(tmpl, arg);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	memcpy(x, "XXXXXX", 6);
	errno = EEXIST;
	return -1;
}
