#include <wchar.h>

/* The X/Open name for wcsstr, withdrawn in POSIX.1-2008. */
wchar_t *wcswcs(const wchar_t *h, const wchar_t *x)
{
	return wcsstr(h, x);
}
