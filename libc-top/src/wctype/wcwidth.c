#include <wchar.h>
#include "unicode_ctype.h"

/* X/Open wcwidth: the columns wc takes, or -1 if it is not printable. */
int wcwidth(wchar_t wc)
{
	return __wc_kind((wint_t)wc, CURRENT_UTF8)->width;
}
