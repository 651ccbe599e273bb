#include "unicode_ctype.h"

/* The simple (one-to-one) lowercase mapping of UnicodeData.txt. */
wint_t towlower(wint_t wc)
{
	return wc + __wc_kind(wc, CURRENT_UTF8)->to_lower;
}

wint_t towlower_l(wint_t wc, locale_t loc)
{
	return wc + __wc_kind(wc, LOCALE_UTF8(loc))->to_lower;
}
