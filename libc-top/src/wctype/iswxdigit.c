#include "unicode_ctype.h"

int iswxdigit(wint_t wc)
{
	return WC_IS(wc, WC_XDIGIT);
}

int iswxdigit_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_XDIGIT, loc);
}
