#include "unicode_ctype.h"

int iswblank(wint_t wc)
{
	return WC_IS(wc, WC_BLANK);
}

int iswblank_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_BLANK, loc);
}
