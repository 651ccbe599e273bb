#include <wchar.h>
#include "unicode_ctype.h"

/* X/Open wcswidth: the columns of the first n wide characters of s (or up
   to its null), or -1 if one of them is not printable. */
int wcswidth(const wchar_t *s, size_t n)
{
	int utf8 = CURRENT_UTF8, total = 0;
	for (; n && *s; s++, n--) {
		int w = __wc_kind((wint_t)*s, utf8)->width;
		if (w < 0)
			return -1;
		total += w;
	}
	return total;
}
