#include <stdio.h>
#include <wchar.h>
#include "locale_impl.h"

int wctob(wint_t wc)
{
	if ((unsigned)wc < 0x80)
		return (int)wc;
	if (!CURRENT_UTF8 && C_WC_IS_BYTE(wc))
		return (unsigned char)wc;
	return EOF;
}
