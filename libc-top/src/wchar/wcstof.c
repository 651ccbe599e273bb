#include <wchar.h>
#include "floatscan.h"

float wcstof(const wchar_t *restrict s, wchar_t **restrict end)
{
	unsigned char buf[UNGET + 64];
	FILE f;
	float x;
	off_t n;

	__wstring_read_stream(&f, s, buf, sizeof buf);
	n = __floatscan(&f, FS_FLOAT, &x);
	if (end)
		*end = (wchar_t *)s + n;
	return x;
}
