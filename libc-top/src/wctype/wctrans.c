#include <string.h>
#include "unicode_ctype.h"

/* The two mappings POSIX names; a wctrans_t points at one of these. */
hidden const int __wctrans_maps[2] = { 'u', 'l' };

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "toupper"))
		return &__wctrans_maps[0];
	if (!strcmp(name, "tolower"))
		return &__wctrans_maps[1];
	return 0;
}

wctrans_t wctrans_l(const char *name, locale_t loc)
{
	return wctrans(name);
}
