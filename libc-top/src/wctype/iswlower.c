#include "unicode_ctype.h"

int iswlower(wint_t wc)
{
	return WC_IS(wc, WC_LOWER);
}

int iswlower_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_LOWER, loc);
}
