#include <limits.h>
#include <wchar.h>
#include "intscan.h"

long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	unsigned char buf[UNGET + 64];
	FILE f;
	off_t n;
	long v;

	__wstring_read_stream(&f, s, buf, sizeof buf);
	v = __intscan(&f, base, LONG_MAX, 1, &n);
	if (end)
		*end = (wchar_t *)s + n;
	return v;
}
