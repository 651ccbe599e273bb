#include "unicode_ctype.h"

int iswalpha(wint_t wc)
{
	return WC_IS(wc, WC_ALPHA);
}

int iswalpha_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_ALPHA, loc);
}
