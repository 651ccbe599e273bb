#include <time.h>
#include <wchar.h>

/* Every locale formats times as the C locale does. */
size_t wcsftime_l(wchar_t *__restrict ws, size_t n, const wchar_t *__restrict f,
                  const struct tm *__restrict tm, locale_t loc)
{
	return wcsftime(ws, n, f, tm);
}
