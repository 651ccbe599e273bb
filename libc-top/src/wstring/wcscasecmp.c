#include <wchar.h>

/* POSIX wcscasecmp: compares the towlower of each wide character. */
int wcscasecmp(const wchar_t *l, const wchar_t *r)
{
	return wcsncasecmp(l, r, (size_t)-1);
}

int wcscasecmp_l(const wchar_t *l, const wchar_t *r, locale_t loc)
{
	return wcsncasecmp_l(l, r, (size_t)-1, loc);
}
