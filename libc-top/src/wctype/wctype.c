#include <string.h>
#include "unicode_ctype.h"

/* POSIX wctype: the class named by the string, or 0. The value is the
   class's bit in struct unicode_kind. */
wctype_t wctype(const char *name)
{
	static const char names[] =
		"alnum\0alpha\0blank\0cntrl\0digit\0graph\0"
		"lower\0print\0punct\0space\0upper\0xdigit\0";
	int bit = 0;
	for (const char *p = names; *p; p += strlen(p) + 1, bit++)
		if (!strcmp(p, name))
			return (wctype_t)1 << bit;
	return 0;
}

wctype_t wctype_l(const char *name, locale_t loc)
{
	return wctype(name);
}
