#include "unicode_ctype.h"

extern hidden const int __wctrans_maps[2];

wint_t towctrans(wint_t wc, wctrans_t t)
{
	if (t == &__wctrans_maps[0])
		return towupper(wc);
	if (t == &__wctrans_maps[1])
		return towlower(wc);
	return wc;
}

wint_t towctrans_l(wint_t wc, wctrans_t t, locale_t loc)
{
	if (t == &__wctrans_maps[0])
		return towupper_l(wc, loc);
	if (t == &__wctrans_maps[1])
		return towlower_l(wc, loc);
	return wc;
}
