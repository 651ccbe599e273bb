#define _GNU_SOURCE
#include <wchar.h>
#include "stdio_impl.h"

wint_t putwc(wchar_t wc, FILE *f)
{
	return fputwc(wc, f);
}

wint_t putwc_unlocked(wchar_t wc, FILE *f)
{
	return __fputwc_unlocked(wc, f);
}
