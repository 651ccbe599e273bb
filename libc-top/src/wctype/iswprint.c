#include "unicode_ctype.h"

int iswprint(wint_t wc)
{
	return WC_IS(wc, WC_PRINT);
}

int iswprint_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_PRINT, loc);
}
