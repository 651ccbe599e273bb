#include <wchar.h>
#include "floatscan.h"

double wcstod(const wchar_t *restrict s, wchar_t **restrict end)
{
	unsigned char buf[UNGET + 64];
	FILE f;
	double x;
	off_t n;

	__wstring_read_stream(&f, s, buf, sizeof buf);
	n = __floatscan(&f, FS_DOUBLE, &x);
	if (end)
		*end = (wchar_t *)s + n;
	return x;
}
