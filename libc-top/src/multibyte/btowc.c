#include <stdio.h>
#include <wchar.h>
#include "locale_impl.h"

wint_t btowc(int c)
{
	if (c == EOF)
		return WEOF;
	unsigned char b = (unsigned char)c;
	if (b < 0x80)
		return b;
	return CURRENT_UTF8 ? WEOF : (wint_t)C_BYTE_TO_WC(b);
}
