#define _GNU_SOURCE
#include <wchar.h>
#include "stdio_impl.h"

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}

wint_t getwc_unlocked(FILE *f)
{
	return __fgetwc_unlocked(f);
}
