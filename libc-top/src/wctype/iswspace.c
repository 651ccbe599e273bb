#include "unicode_ctype.h"

int iswspace(wint_t wc)
{
	return WC_IS(wc, WC_SPACE);
}

int iswspace_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_SPACE, loc);
}
