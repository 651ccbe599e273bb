#include <stdlib.h>
#include <time.h>
#include <wchar.h>

/* The format goes to multibyte, through strftime, and back. */
size_t wcsftime(wchar_t *__restrict ws, size_t n, const wchar_t *__restrict wf, const struct tm *__restrict tm)
{
	char f[512], out[1024];
	const wchar_t *p = wf;
	mbstate_t st = {0};
	size_t k = wcsrtombs(f, &p, sizeof f, &st);
	if (k == (size_t)-1 || p)
		return 0;
	size_t len = strftime(out, sizeof out, f, tm);
	if (!len && f[0])
		return 0;
	size_t r = mbstowcs(ws, out, n);
	if (r == (size_t)-1 || r >= n)
		return 0;
	return r;
}
