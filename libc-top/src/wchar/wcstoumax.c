#include <limits.h>
#include <inttypes.h>
#include <wchar.h>
#include "intscan.h"

uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	unsigned char buf[UNGET + 64];
	FILE f;
	off_t n;
	uintmax_t v;

	__wstring_read_stream(&f, s, buf, sizeof buf);
	v = __intscan(&f, base, UINTMAX_MAX, 0, &n);
	if (end)
		*end = (wchar_t *)s + n;
	return v;
}
