#include <wchar.h>
#include <wctype.h>
#include "unicode_ctype.h"

static int compare(const wchar_t *l, const wchar_t *r, size_t n, int utf8)
{
	for (; n; n--, l++, r++) {
		wint_t a = (wint_t)*l + __wc_kind((wint_t)*l, utf8)->to_lower;
		wint_t b = (wint_t)*r + __wc_kind((wint_t)*r, utf8)->to_lower;
		if (a != b)
			return (wchar_t)a < (wchar_t)b ? -1 : 1;
		if (!a)
			break;
	}
	return 0;
}

int wcsncasecmp(const wchar_t *l, const wchar_t *r, size_t n)
{
	return compare(l, r, n, CURRENT_UTF8);
}

int wcsncasecmp_l(const wchar_t *l, const wchar_t *r, size_t n, locale_t loc)
{
	return compare(l, r, n, LOCALE_UTF8(loc));
}
