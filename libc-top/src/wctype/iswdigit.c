#include "unicode_ctype.h"

int iswdigit(wint_t wc)
{
	return WC_IS(wc, WC_DIGIT);
}

int iswdigit_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_DIGIT, loc);
}
