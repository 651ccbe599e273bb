#include "unicode_ctype.h"

int iswalnum(wint_t wc)
{
	return WC_IS(wc, WC_ALNUM);
}

int iswalnum_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_ALNUM, loc);
}
