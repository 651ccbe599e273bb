#include "unicode_ctype.h"

/* The simple (one-to-one) uppercase mapping of UnicodeData.txt. */
wint_t towupper(wint_t wc)
{
	return wc + __wc_kind(wc, CURRENT_UTF8)->to_upper;
}

wint_t towupper_l(wint_t wc, locale_t loc)
{
	return wc + __wc_kind(wc, LOCALE_UTF8(loc))->to_upper;
}
