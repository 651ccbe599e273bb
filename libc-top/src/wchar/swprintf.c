#include <stdarg.h>
#include <wchar.h>

int swprintf(wchar_t *restrict ws, size_t n, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vswprintf(ws, n, fmt, ap);
	va_end(ap);
	return r;
}
