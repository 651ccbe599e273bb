#include "unicode_ctype.h"

int iswpunct(wint_t wc)
{
	return WC_IS(wc, WC_PUNCT);
}

int iswpunct_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_PUNCT, loc);
}
