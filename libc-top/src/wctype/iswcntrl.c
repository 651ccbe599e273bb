#include "unicode_ctype.h"

int iswcntrl(wint_t wc)
{
	return WC_IS(wc, WC_CNTRL);
}

int iswcntrl_l(wint_t wc, locale_t loc)
{
	return WC_IS_L(wc, WC_CNTRL, loc);
}
