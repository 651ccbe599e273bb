#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "locale_impl.h"

/* POSIX newlocale: the categories in mask take `name`, the others come
   from base (or from "C" when base is 0); base is consumed. */
locale_t newlocale(int mask, const char *name, locale_t base)
{
	if (mask < 0 || (mask & ~LC_ALL_MASK) || !name) {
		errno = EINVAL;
		return 0;
	}
	const char *canon[LOCALE_CATEGORIES];
	for (int i = 0; i < LOCALE_CATEGORIES; i++) {
		if (mask & (1 << i)) {
			if (!(canon[i] = __locale_name(i, name))) {
				errno = ENOENT;
				return 0;
			}
		} else {
			canon[i] = base ? base->names[i] : "C";
		}
	}
	locale_t loc = base ? base : malloc(sizeof *loc);
	if (!loc) {
		errno = ENOMEM;
		return 0;
	}
	for (int i = 0; i < LOCALE_CATEGORIES; i++)
		loc->names[i] = canon[i];
	loc->utf8 = !strcmp(canon[LC_CTYPE], "C.UTF-8");
	return loc;
}
