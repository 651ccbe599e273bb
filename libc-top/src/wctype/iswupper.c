#include "unicode_ctype.h"

int iswupper(wint_t wc)
{
	return WC_IS(wc, WC_UPPER);
}

int iswupper_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_UPPER, loc);
}
