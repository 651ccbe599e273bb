#include "unicode_ctype.h"

int iswctype(wint_t wc, wctype_t desc)
{
	return (__wc_kind(wc, CURRENT_UTF8)->classes & desc) != 0;
}

int iswctype_l(wint_t wc, wctype_t desc, locale_t loc)
{
	return (__wc_kind(wc, LOCALE_UTF8(loc))->classes & desc) != 0;
}
